import type { Dockerfile, Instruction } from '../parser/dockerfile.js';
import { parsePragma } from '../pragmas.js';
import { argName, keyValuePairs, parseFrom } from '../rules/util.js';

/** One RUN script as hadolint hands it to ShellCheck. */
export interface ShellcheckScript {
  file: string;
  /** The RUN instruction's line: every ShellCheck finding of the script is reported there. */
  line: number;
  /** Shebang + `export NAME=1` lines + the RUN text. */
  text: string;
}

const PROXIES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy'];
const ALLOWED_SHEBANGS = ['#!/bin/sh', '#!/bin/bash', '#!/bin/ksh', '#!/usr/bin/env sh', '#!/usr/bin/env bash', '#!/usr/bin/env ksh'];
const DEFAULT_SHELL = '/bin/sh -c';
/** Docker's default shell on Windows images; a `# escape=`` Dockerfile is taken to be one. */
const WINDOWS_DEFAULT_SHELL = 'cmd /S /C';
const NON_POSIX = /pwsh|powershell|cmd/i;

/** A shell-form RUN that was not handed to ShellCheck because its shell is not a POSIX shell. */
export interface UncheckedRun {
  line: number;
  shell: string;
  /** The shell is Windows' default (no SHELL, no shell pragma), not one the Dockerfile set. */
  windowsDefault: boolean;
}

interface State {
  shell: string;
  vars: string[];
  /** The shell is the Windows default one. */
  windows?: boolean;
}

function script(file: string, ins: Instruction, state: State, unchecked: UncheckedRun[]): ShellcheckScript | undefined {
  if (ins.keyword !== 'RUN' || ins.exec) return undefined;
  if (NON_POSIX.test(state.shell)) {
    unchecked.push({ line: ins.line, shell: state.shell, windowsDefault: Boolean(state.windows) });
    return undefined;
  }
  const text = ins.args;
  if (text.startsWith('#!')) {
    const first = text.split('\n')[0]!.trim();
    if (!ALLOWED_SHEBANGS.includes(first)) return undefined;
  }
  const shebang = `#!${state.shell.trim().split(/\s+/)[0]}`;
  const exports = [...new Set([...PROXIES, ...state.vars])].filter((v) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(v)).map((v) => `export ${v}=1`);
  return { file, line: ins.line, text: [shebang, ...exports, text].join('\n') + '\n' };
}

export function collectScripts(df: Dockerfile, file: string): ShellcheckScript[] {
  return collectRunScripts(df, file).scripts;
}

/**
 * The scripts of every shell-form RUN (and ONBUILD RUN), with the state hadolint keeps: the current SHELL
 * (or `# hadolint shell=` pragma), and the ARG/ENV names of the stage (inherited from a parent stage). RUNs
 * whose shell is cmd or PowerShell are not POSIX shell: they are listed as unchecked, not handed over. A
 * Dockerfile with `# escape=`` is a Windows image, whose default shell is cmd (hadolint would hand its RUNs
 * to ShellCheck as sh; they are not sh).
 */
export function collectRunScripts(df: Dockerfile, file: string): { scripts: ShellcheckScript[]; unchecked: UncheckedRun[] } {
  const out: ShellcheckScript[] = [];
  const unchecked: UncheckedRun[] = [];
  const windows = df.escape === '`';
  const fresh = (shell: string): State => (windows && shell === WINDOWS_DEFAULT_SHELL ? { shell, vars: [], windows: true } : { shell, vars: [] });
  let defaultShell = windows ? WINDOWS_DEFAULT_SHELL : DEFAULT_SHELL;
  let seenSetup = false;
  let state: State = fresh(defaultShell);
  const stages = new Map<string, State>();
  let alias: string | undefined;
  for (const ins of df.instructions) {
    switch (ins.keyword) {
      case 'COMMENT': {
        const p = parsePragma(ins.args);
        if (p?.kind === 'shell') {
          state.shell = p.shell;
          delete state.windows;
          if (!seenSetup) defaultShell = p.shell;
        }
        break;
      }
      case 'FROM': {
        seenSetup = true;
        if (alias !== undefined) stages.set(alias, state);
        const f = parseFrom(ins);
        const parent = stages.get(f.image);
        state = parent ? { ...parent, vars: [...parent.vars] } : fresh(defaultShell);
        alias = f.alias;
        break;
      }
      case 'ARG':
        seenSetup = true;
        state.vars.push(argName(ins));
        break;
      case 'ENV':
        seenSetup = true;
        for (const { key } of keyValuePairs(ins)) state.vars.push(key);
        break;
      case 'SHELL':
        seenSetup = true;
        state.shell = (ins.exec ?? [ins.args]).join(' ');
        delete state.windows;
        break;
      case 'ONBUILD':
        if (ins.inner) {
          const s = script(file, ins.inner, fresh(defaultShell), unchecked);
          if (s) out.push(s);
        }
        break;
      default: {
        const s = script(file, ins, state, unchecked);
        if (s) out.push(s);
      }
    }
  }
  return { scripts: out, unchecked };
}

/** The notice for a file's RUNs that ShellCheck did not see, saying why (undefined when there are none). */
export function uncheckedNotice(file: string, runs: readonly UncheckedRun[]): string | undefined {
  if (!runs.length) return undefined;
  const lines = runs.map((r) => r.line);
  const shown = lines.length > 8 ? `${lines.slice(0, 8).join(', ')}, …` : lines.join(', ');
  const which = runs.length === 1 ? `the RUN at line ${shown} was` : `${runs.length} RUNs (lines ${shown}) were`;
  const shells = [...new Set(runs.map((r) => (r.windowsDefault ? 'cmd (Docker\'s default shell on Windows: # escape=` and no SHELL)' : r.shell.split(/\s+/)[0]!)))];
  return `${file}: ${which} not handed to ShellCheck: ${runs.length === 1 ? 'its' : 'their'} shell is ${shells.join(', ')}, not a POSIX shell (the DL rules still read them, as hadolint does)`;
}
