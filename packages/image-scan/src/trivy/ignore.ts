import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, readTextInput, type Finding, type Notice } from '@flightcheck/core';
import picomatch from 'picomatch';
import { parseDocument } from 'yaml';

/** One entry of `.trivyignore` or `.trivyignore.yaml`. */
export interface TrivyIgnoreEntry {
  id: string;
  /** YYYY-MM-DD: the entry stops applying after this day. */
  expires?: string;
  paths?: string[];
  purls?: string[];
  statement?: string;
  file: string;
  line?: number;
}

const MAX_BYTES = 1 << 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `.trivyignore`: one id per line, `#` comments, optional `exp:YYYY-MM-DD`. */
export function parseTrivyIgnore(text: string, file: string): TrivyIgnoreEntry[] {
  const out: TrivyIgnoreEntry[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [id, ...rest] = line.split(/\s+/);
    const entry: TrivyIgnoreEntry = { id: id!, file, line: i + 1 };
    for (const r of rest) {
      const m = /^exp:(.*)$/.exec(r);
      if (!m || !DATE.test(m[1]!) || Number.isNaN(Date.parse(m[1]!))) throw new InputError(file, `"${r}" is not "exp:YYYY-MM-DD"`, i + 1);
      entry.expires = m[1]!;
    }
    out.push(entry);
  }
  return out;
}

const SECTIONS = ['vulnerabilities', 'misconfigurations', 'secrets', 'licenses'];

/** `.trivyignore.yaml`: sections of `{ id, paths?, purls?, expired_at?, statement? }`. */
export function parseTrivyIgnoreYaml(text: string, file: string): TrivyIgnoreEntry[] {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length) throw new InputError(file, `invalid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, doc.errors[0]!.linePos?.[0]?.line);
  const data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null;
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object' || Array.isArray(data)) throw new InputError(file, 'expected a mapping with vulnerabilities, misconfigurations, secrets or licenses');
  const out: TrivyIgnoreEntry[] = [];
  for (const [section, list] of Object.entries(data)) {
    if (!SECTIONS.includes(section)) throw new InputError(file, `unknown section "${section}" (expected ${SECTIONS.join(', ')})`);
    if (list === null) continue;
    if (!Array.isArray(list)) throw new InputError(file, `"${section}" must be a list`);
    for (const [i, e] of list.entries()) {
      const where = `${section}[${i}]`;
      if (!e || typeof e !== 'object' || typeof e.id !== 'string' || !e.id) throw new InputError(file, `${where} needs an "id"`);
      const entry: TrivyIgnoreEntry = { id: e.id, file };
      const exp = e.expired_at instanceof Date ? e.expired_at.toISOString().slice(0, 10) : e.expired_at;
      if (exp !== undefined) {
        if (typeof exp !== 'string' || !DATE.test(exp)) throw new InputError(file, `${where}.expired_at must be YYYY-MM-DD`);
        entry.expires = exp;
      }
      for (const key of ['paths', 'purls'] as const) {
        if (e[key] === undefined) continue;
        if (!Array.isArray(e[key]) || !e[key].every((p: unknown) => typeof p === 'string')) throw new InputError(file, `${where}.${key} must be a list of strings`);
        entry[key] = e[key];
      }
      if (typeof e.statement === 'string') entry.statement = e.statement;
      out.push(entry);
    }
  }
  return out;
}

/** Reads the ignore file given, else `.trivyignore.yaml` or `.trivyignore` in `root`. */
export function loadTrivyIgnore(root: string, explicit?: string): TrivyIgnoreEntry[] {
  const candidates = explicit ? [explicit] : [join(root, '.trivyignore.yaml'), join(root, '.trivyignore.yml'), join(root, '.trivyignore')];
  const out: TrivyIgnoreEntry[] = [];
  for (const file of candidates) {
    if (!explicit && !existsSync(file)) continue;
    const text = readTextInput(file, { maxBytes: MAX_BYTES, rejectBinary: true });
    out.push(...(/\.ya?ml$/.test(file) ? parseTrivyIgnoreYaml(text, file) : parseTrivyIgnore(text, file)));
  }
  return out;
}

/** An ignore purl matches exactly; without qualifiers it ignores them; without a version it covers every version. */
function purlMatches(entry: string, purl: string): boolean {
  if (entry === purl) return true;
  if (/[?#]/.test(entry)) return false;
  const bare = purl.replace(/[?#].*$/, '');
  if (entry === bare) return true;
  return !entry.slice(4).includes('@') && entry === bare.replace(/@[^/]*$/, '');
}

/**
 * Marks findings an ignore entry covers as suppressed (kept and shown, never dropped). An expired entry
 * no longer applies, as in trivy, and says so in a notice.
 */
export function applyTrivyIgnore(findings: Finding[], entries: TrivyIgnoreEntry[], now: Date = new Date()): { findings: Finding[]; notices: Notice[] } {
  const today = now.toISOString().slice(0, 10);
  const notices: Notice[] = [];
  const live = entries.filter((e) => {
    if (e.expires && e.expires < today) {
      notices.push({ level: 'warning', message: `${e.id} in ${e.file} expired on ${e.expires}; it no longer suppresses anything`, location: { file: e.file, ...(e.line ? { line: e.line } : {}) } });
      return false;
    }
    return true;
  });
  const matchers = live.map((e) => (e.paths ? picomatch(e.paths.map((p) => p.replace(/^\/+/, '')), { dot: true }) : undefined));
  const out = findings.map((f): Finding => {
    if (f.status !== 'fail') return f;
    const props = (f.properties ?? {}) as { aliases?: string[]; purl?: string };
    for (const [i, e] of live.entries()) {
      if (e.id !== f.ruleId && !props.aliases?.includes(e.id)) continue;
      if (matchers[i] && !(f.location && matchers[i]!(f.location.file.replace(/^\/+/, '')))) continue;
      if (e.purls && !(props.purl && e.purls.some((p) => purlMatches(p, props.purl!)))) continue;
      const source = e.file.endsWith('.yaml') || e.file.endsWith('.yml') ? '.trivyignore.yaml' : '.trivyignore';
      return { ...f, status: 'suppressed', suppression: { source, ...(e.statement ? { justification: e.statement } : {}), ...(e.expires ? { expires: e.expires } : {}) } };
    }
    return f;
  });
  return { findings: out, notices };
}
