import { resolve } from 'node:path';
import { InputError, readTextInput, type Finding } from '@flightcheck/core';
import { readIgnores, type Ignores } from './finalize.js';
import { lintText } from './lint.js';
import type { RuleConfig } from './rules/rule.js';
import type { ShellcheckScript, UncheckedRun } from './shellcheck/scripts.js';

/** Dockerfiles larger than this are refused (exit 2) rather than linted. */
export const MAX_DOCKERFILE_BYTES = 4 << 20;

/** Reads a Dockerfile (bounded, no binary, strict UTF-8); errors name the file as the user gave it. */
export function readDockerfile(file: string, cwd: string): string {
  try {
    return readTextInput(resolve(cwd, file), { maxBytes: MAX_DOCKERFILE_BYTES, rejectBinary: true, strictUtf8: true });
  } catch (e) {
    if (e instanceof InputError) throw new InputError(file, e.reason, e.line);
    throw e;
  }
}

/**
 * One linted Dockerfile as plain data (it crosses from a worker thread by structured clone): the rules' findings
 * before pragmas and configuration, the pragmas it holds, and its RUN scripts for ShellCheck.
 */
export interface LintedFile {
  file: string;
  findings: Finding[];
  parseError?: Finding;
  scripts: ShellcheckScript[];
  /** Shell-form RUNs not handed to ShellCheck (cmd or PowerShell). */
  unchecked?: UncheckedRun[];
  /** Undefined when the file could not be parsed. */
  ignores?: Ignores;
  empty: boolean;
}

export function lintOne(text: string, file: string, config: RuleConfig): LintedFile {
  const l = lintText(text, file, config);
  const out: LintedFile = { file, findings: l.findings, scripts: l.scripts, empty: !text.trim() };
  if (l.parseError) out.parseError = l.parseError;
  if (l.unchecked) out.unchecked = l.unchecked;
  if (l.dockerfile) out.ignores = readIgnores(l.dockerfile);
  return out;
}

/** What a worker hands back for a file it could not read: the main thread rethrows it in file order. */
export interface LintFailure {
  file: string;
  error: { input: boolean; name: string; message: string; file?: string; reason?: string; line?: number };
}

export function isFailure(x: LintedFile | LintFailure): x is LintFailure {
  return 'error' in x;
}

/** Reads and lints one file; an error is returned (not thrown) so that a batch can carry it back in order. */
export function lintPath(file: string, cwd: string, config: RuleConfig): LintedFile | LintFailure {
  try {
    return lintOne(readDockerfile(file, cwd), file, config);
  } catch (e) {
    if (e instanceof InputError) return { file, error: { input: true, name: e.name, message: e.message, file: e.file, reason: e.reason, ...(e.line !== undefined ? { line: e.line } : {}) } };
    const err = e as Error;
    return { file, error: { input: false, name: err?.name ?? 'Error', message: err?.message ?? String(e) } };
  }
}

/** Turns a failure back into the error the single-threaded run would have thrown. */
export function rethrow(f: LintFailure): never {
  const { error } = f;
  if (error.input && error.file !== undefined && error.reason !== undefined) throw new InputError(error.file, error.reason, error.line);
  const e = new Error(error.message);
  e.name = error.name;
  throw e;
}
