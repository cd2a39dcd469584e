/**
 * airflow.cfg read the way Airflow's AirflowConfigParser (Python's configparser, strict, BasicInterpolation)
 * reads it: `[section]` headers, `key = value` or `key: value`, keys lower-cased, `#`/`;` comment lines (no
 * inline comments), indented continuation lines, a `[DEFAULT]` section, `%(name)s` interpolation and `%%`.
 * No npm INI library reads configparser's dialect (continuations, `:` separators, strict duplicates) with
 * line numbers, so this small bounded parser does. Where configparser would refuse the file (Airflow then
 * does not start) the problem is kept, with its line; parsing goes on so the rest is still checked.
 */
export const MAX_CFG_BYTES = 1 << 20;
export const MAX_CFG_LINES = 20_000;
const MAX_INTERPOLATION_DEPTH = 10; // configparser's own limit
/** Longest value once interpolated: `%(a)s%(a)s` chains double at each level (a small file, gigabytes of text). */
export const MAX_INTERPOLATED_CHARS = 64 * 1024;
/** Characters interpolation may produce while one file is checked, over all its values. */
export const MAX_INTERPOLATION_WORK = 8 << 20;

/** What interpolation may still produce (shared by the values of one file). */
export interface InterpolationBudget {
  left: number;
}

export interface IniEntry {
  section: string;
  key: string;
  /** The value as configparser stores it (continuation lines joined with `\n`), before interpolation. */
  raw: string;
  line: number;
}

export type IniProblemKind = 'malformed-line' | 'missing-section' | 'duplicate-section' | 'duplicate-key' | 'interpolation' | 'too-large';

export interface IniProblem {
  kind: IniProblemKind;
  line: number;
  message: string;
}

export interface IniFile {
  /** section → key → entry; the first occurrence wins (configparser refuses duplicates, see problems). */
  sections: Map<string, Map<string, IniEntry>>;
  problems: IniProblem[];
}

const SECTION = /^\[(.+)\]$/;
const OPTION = /^(.*?)\s*([=:])\s*(.*)$/;

export function parseIni(text: string): IniFile {
  const sections = new Map<string, Map<string, IniEntry>>();
  const problems: IniProblem[] = [];
  if (text.length > MAX_CFG_BYTES) {
    problems.push({ kind: 'too-large', line: 1, message: `larger than ${MAX_CFG_BYTES} bytes: not read` });
    return { sections, problems };
  }
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > MAX_CFG_LINES) {
    problems.push({ kind: 'too-large', line: 1, message: `more than ${MAX_CFG_LINES} lines: not read` });
    return { sections, problems };
  }
  const seenSections = new Map<string, number>();
  let cur: Map<string, IniEntry> | undefined;
  let curName = '';
  let last: { entry: IniEntry; indent: number } | undefined;
  lines.forEach((lineText, i) => {
    const n = i + 1;
    const stripped = lineText.trim();
    const indent = lineText.length - lineText.trimStart().length;
    if (stripped.startsWith('#') || stripped.startsWith(';')) return;
    if (!stripped) {
      last = undefined; // a blank line ends a value unless an indented line follows; kept simple: it ends it
      return;
    }
    if (last && indent > last.indent) {
      last.entry.raw += `\n${stripped}`;
      return;
    }
    last = undefined;
    const sec = SECTION.exec(stripped);
    if (sec) {
      curName = sec[1]!;
      const before = seenSections.get(curName);
      if (before !== undefined) {
        problems.push({ kind: 'duplicate-section', line: n, message: `section [${curName}] already appears on line ${before} (configparser refuses the file: Airflow does not start)` });
      } else seenSections.set(curName, n);
      cur = sections.get(curName) ?? new Map();
      sections.set(curName, cur);
      return;
    }
    if (!cur) {
      problems.push({ kind: 'missing-section', line: n, message: 'option before any [section] header (configparser refuses the file: Airflow does not start)' });
      return;
    }
    const opt = OPTION.exec(stripped);
    if (!opt || !opt[1]) {
      problems.push({ kind: 'malformed-line', line: n, message: 'neither a [section] header, a `key = value` option nor a comment (configparser refuses the file: Airflow does not start)' });
      return;
    }
    const key = opt[1].trim().toLowerCase();
    const prior = cur.get(key);
    if (prior) {
      problems.push({ kind: 'duplicate-key', line: n, message: `[${curName}] ${key} already set on line ${prior.line} (configparser refuses the file: Airflow does not start)` });
      return;
    }
    const entry: IniEntry = { section: curName, key, raw: opt[3]!, line: n };
    cur.set(key, entry);
    last = { entry, indent };
  });
  const budget: InterpolationBudget = { left: MAX_INTERPOLATION_WORK };
  check: for (const [name, entries] of sections) {
    if (name === 'DEFAULT') continue;
    for (const e of entries.values()) {
      const r = interpolate(e.raw, name, sections, 0, budget);
      if (r.error) problems.push({ kind: 'interpolation', line: e.line, message: `[${name}] ${e.key}: ${r.error}` });
      if (budget.left < 0) break check; // said once, on the value that used it up
    }
  }
  return { sections, problems };
}

/** BasicInterpolation of one value: `%%` → `%`, `%(name)s` from the same section or [DEFAULT]. */
export function interpolate(raw: string, section: string, sections: IniFile['sections'], depth: number, budget: InterpolationBudget = { left: MAX_INTERPOLATION_WORK }): { value: string; error?: string } {
  if (!raw.includes('%')) return { value: raw };
  if (budget.left < 0) return { value: raw, error: `interpolation of this file would produce more than ${MAX_INTERPOLATION_WORK} characters: not evaluated further` };
  if (depth >= MAX_INTERPOLATION_DEPTH) return { value: raw, error: `interpolation deeper than ${MAX_INTERPOLATION_DEPTH} levels (a loop?)` };
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    if (raw[i + 1] === '%') {
      out += '%';
      i++;
      continue;
    }
    const m = /^%\(([^)]+)\)s/.exec(raw.slice(i));
    if (!m) return { value: raw, error: `a lone '%' at column ${i + 1}: configparser fails when Airflow reads it (write '%%' for a literal %)` };
    const name = m[1]!.toLowerCase();
    const ref = sections.get(section)?.get(name) ?? sections.get('DEFAULT')?.get(name);
    if (!ref) return { value: raw, error: `%(${m[1]})s refers to no option of [${section}] or [DEFAULT]` };
    const inner = interpolate(ref.raw, section, sections, depth + 1, budget);
    if (inner.error) return { value: raw, error: inner.error };
    budget.left -= inner.value.length;
    if (budget.left < 0) return { value: raw, error: `interpolation of this file would produce more than ${MAX_INTERPOLATION_WORK} characters: not evaluated further` };
    if (out.length + inner.value.length > MAX_INTERPOLATED_CHARS) return { value: raw, error: `longer than ${MAX_INTERPOLATED_CHARS} characters once interpolated (nested %(name)s references doubling up?)` };
    out += inner.value;
    i += m[0].length - 1;
  }
  return { value: out };
}

/** The value Airflow reads for [section] key (interpolated), with [DEFAULT] as fallback. */
export function iniGet(ini: IniFile, section: string, key: string): (IniEntry & { value: string }) | undefined {
  const e = ini.sections.get(section)?.get(key) ?? ini.sections.get('DEFAULT')?.get(key);
  if (!e) return undefined;
  return { ...e, value: interpolate(e.raw, section, ini.sections, 0).value };
}
