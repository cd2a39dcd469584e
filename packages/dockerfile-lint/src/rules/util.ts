import { splitImageRef } from '@flightcheck/core';
import { flagValue, shellOf, type Instruction } from '../parser/dockerfile.js';
import type { Command, ShellScript } from '../parser/shell.js';
import { splitWords, unquoteWord } from '../parser/words.js';

export { splitWords } from '../parser/words.js';

export const ARCHIVE_EXTENSIONS = ['.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz'];

export function isArchive(path: string): boolean {
  return ARCHIVE_EXTENSIONS.some((e) => path.endsWith(e));
}

export function stripQuotes(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")))) return t.slice(1, -1);
  return t;
}

/** The shell commands of a RUN (exec form too: its items joined with a space, as hadolint does). */
export function runScript(ins: Instruction): ShellScript | undefined {
  if (ins.keyword !== 'RUN') return undefined;
  return shellOf(ins);
}

/** The words of an instruction's argument text (Docker's and hadolint's splitting: see parser/words.ts). */
export function wordsOf(ins: Instruction): string[] {
  return splitWords(ins.args, ins.escape);
}

/** The whole argument as one unquoted word (WORKDIR, USER). */
export function argWord(ins: Instruction): string {
  return unquoteWord(ins.args, ins.escape);
}

/** Arguments of an instruction: exec-form items, else words. */
export function instructionWords(ins: Instruction): string[] {
  return ins.exec ?? wordsOf(ins);
}

export interface FromInfo {
  image: string;
  tag?: string;
  digest?: string;
  alias?: string;
  platform?: string;
  registry?: string;
}

/** Reads `FROM [--platform=p] image[:tag][@digest] [AS alias]`. */
export function parseFrom(ins: Instruction): FromInfo {
  const words = wordsOf(ins);
  const ref = words[0] ?? '';
  const alias = words.length >= 3 && words[1]!.toLowerCase() === 'as' ? words[2] : undefined;
  const { name, registry, tag, digest } = splitImageRef(ref);
  const info: FromInfo = { image: name };
  if (tag !== undefined) info.tag = tag;
  if (digest !== undefined) info.digest = digest;
  if (alias !== undefined) info.alias = alias;
  if (registry !== undefined) info.registry = registry;
  const platform = flagValue(ins, 'platform');
  if (platform !== undefined) info.platform = platform;
  return info;
}

export interface Mount {
  type: string;
  target?: string;
  from?: string;
}

/** `RUN --mount=type=cache,target=/x` flags. */
export function runMounts(ins: Instruction): Mount[] {
  return ins.flags
    .filter((f) => f.name === 'mount' && f.value)
    .map((f) => {
      const kv: Record<string, string> = {};
      for (const part of f.value!.split(',')) {
        const eq = part.indexOf('=');
        if (eq > 0) kv[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim();
        else kv[part.trim().toLowerCase()] = '';
      }
      const m: Mount = { type: kv.type ?? 'bind' };
      const target = kv.target ?? kv.dst ?? kv.destination;
      if (target !== undefined) m.target = target;
      if (kv.from !== undefined) m.from = kv.from;
      return m;
    });
}

/** A cache or tmpfs mount whose target contains the given path fragment. */
export function hasCacheMount(ins: Instruction, fragment: string): boolean {
  return runMounts(ins).some((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target !== undefined && m.target.includes(fragment));
}

/** COPY/ADD: sources, destination, flags. */
export function copyArgs(ins: Instruction): { sources: string[]; dest: string } {
  const words = instructionWords(ins);
  return { sources: words.slice(0, -1), dest: words[words.length - 1] ?? '' };
}

/** Key/value pairs of LABEL or ENV (`k=v k2="v 2"`, or the old `ENV k v`). */
export function keyValuePairs(ins: Instruction): { key: string; value: string }[] {
  const text = ins.args;
  const pairs: { key: string; value: string }[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|[^\s=]+)=("(?:[^"\\]|\\.)*"|'[^']*'|(?:[^\s"'\\]|\\.)*(?:"(?:[^"\\]|\\.)*"(?:[^\s"'\\]|\\.)*)*)/y;
  let pos = 0;
  while (pos < text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    pairs.push({ key: stripQuotes(m[1]!), value: stripQuotes(m[2]!) });
    pos = re.lastIndex;
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  }
  if (pairs.length === 0 || pos < text.length) {
    // legacy `ENV key value…`
    const m = /^(\S+)\s+([\s\S]*)$/.exec(text.trim());
    if (m && !m[1]!.includes('=')) return [{ key: m[1]!, value: stripQuotes(m[2]!) }];
    if (pairs.length === 0 && text.trim() && !text.includes('=')) return [{ key: text.trim(), value: '' }];
  }
  return pairs;
}

/** ARG name (and default): `ARG NAME[=default]`. */
export function argName(ins: Instruction): string {
  return ins.args.trim().split(/[=\s]/)[0] ?? '';
}

/**
 * The clean-up ordering of hadolint's DL3032, DL3036, DL3040 and DL3060: undefined when no command installs;
 * otherwise whether a clean-up command comes after the first install in the same RUN (a clean-up before it
 * cleans nothing). hadolint 2.15.1 compares the first clean-up with the first install, so it also flags
 * `clean && install && clean`; here the later clean-up counts, as it does clean up.
 */
export function cleanedAfterInstall(cmds: readonly Command[], isInstall: (c: Command) => boolean, isClean: (c: Command) => boolean): boolean | undefined {
  const first = cmds.findIndex(isInstall);
  if (first < 0) return undefined;
  return cmds.slice(first + 1).some(isClean);
}
