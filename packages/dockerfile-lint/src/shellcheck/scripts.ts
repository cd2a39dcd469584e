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

interface State {
  shell: string;
  vars: string[];
}

function script(file: string, ins: Instruction, state: State): ShellcheckScript | undefined {
  if (ins.keyword !== 'RUN' || ins.exec) return undefined;
  if (/pwsh|powershell|cmd/i.test(state.shell)) return undefined;
  const text = ins.args;
  if (text.startsWith('#!')) {
    const first = text.split('\n')[0]!.trim();
    if (!ALLOWED_SHEBANGS.includes(first)) return undefined;
  }
  const shebang = `#!${state.shell.trim().split(/\s+/)[0]}`;
  const exports = [...new Set([...PROXIES, ...state.vars])].filter((v) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(v)).map((v) => `export ${v}=1`);
  return { file, line: ins.line, text: [shebang, ...exports, text].join('\n') + '\n' };
}

/**
 * The scripts of every shell-form RUN (and ONBUILD RUN), with the state hadolint keeps: the current SHELL
 * (or `# hadolint shell=` pragma), and the ARG/ENV names of the stage (inherited from a parent stage).
 */
export function collectScripts(df: Dockerfile, file: string): ShellcheckScript[] {
  const out: ShellcheckScript[] = [];
  let defaultShell = DEFAULT_SHELL;
  let seenSetup = false;
  let state: State = { shell: DEFAULT_SHELL, vars: [] };
  const stages = new Map<string, State>();
  let alias: string | undefined;
  for (const ins of df.instructions) {
    switch (ins.keyword) {
      case 'COMMENT': {
        const p = parsePragma(ins.args);
        if (p?.kind === 'shell') {
          state.shell = p.shell;
          if (!seenSetup) defaultShell = p.shell;
        }
        break;
      }
      case 'FROM': {
        seenSetup = true;
        if (alias !== undefined) stages.set(alias, state);
        const f = parseFrom(ins);
        const parent = stages.get(f.image);
        state = parent ? { shell: parent.shell, vars: [...parent.vars] } : { shell: defaultShell, vars: [] };
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
        break;
      case 'ONBUILD':
        if (ins.inner) {
          const s = script(file, ins.inner, { shell: defaultShell, vars: [] });
          if (s) out.push(s);
        }
        break;
      default: {
        const s = script(file, ins, state);
        if (s) out.push(s);
      }
    }
  }
  return out;
}
