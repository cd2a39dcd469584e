import { relative, resolve } from 'node:path';
import { createReport, FlightcheckError, readTextInput, runRules, type Finding, type Report, type Result } from '@flightcheck/core';
import { collectFiles } from './files.js';
import { rules } from './rules/index.js';

export const CHECK_NAME = 'secrets';
/** Files larger than this are not read (inputs are hostile): the result says which were skipped. */
export const MAX_FILE_BYTES = 2 << 20;

/** What every rule of this check looks at: one text file. */
export interface TextSubject {
  file: string;
  text: string;
  lines: string[];
}

export interface CheckOptions {
  /** Files or folders to check (absolute, or relative to `root`). */
  paths: string[];
  /** Workspace root: locations in the report are relative to it. */
  root: string;
  maxFileBytes?: number;
}

export function parseSubject(text: string, file: string): TextSubject {
  return { file, text, lines: text.split(/\r?\n/) };
}

/** Runs every rule over the files under each path: one Result per path; a path that cannot be read fails closed. */
export function runCheck(opts: CheckOptions): Report {
  const results: Result[] = [];
  const maxBytes = opts.maxFileBytes ?? MAX_FILE_BYTES;
  for (const p of opts.paths) {
    const abs = resolve(opts.root, p);
    const target = relative(opts.root, abs) || '.';
    const result: Result = { check: CHECK_NAME, target, engine: 'builtin', findings: [], notices: [] };
    try {
      for (const file of collectFiles(abs)) {
        const rel = relative(opts.root, file);
        let text: string;
        try {
          text = readTextInput(file, { maxBytes, rejectBinary: true });
        } catch (e) {
          result.notices!.push({ level: 'warning', message: `skipped: ${(e as Error).message}`, location: { file: rel } });
          continue;
        }
        const findings: Finding[] = runRules(rules, parseSubject(text, rel), { file: rel });
        result.findings.push(...findings);
      }
    } catch (e) {
      if (!(e instanceof FlightcheckError)) throw e;
      result.error = e.message;
    }
    results.push(result);
  }
  return createReport(results);
}
