import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadPolicy, POLICY_FILE, readTextInput, type Finding } from '@flightcheck/core';
import picomatch from 'picomatch';
import { parseDocument } from 'yaml';

export const ALLOW_FILE = '.flightcheck-secrets-allow.yaml';
export const INLINE_MARKER = 'flightcheck:allow-secret';
const MAX_ALLOW_BYTES = 1 << 20;

/** One allow-list entry: a path glob and/or a fingerprint (and optionally a rule), always with a reason. */
export interface AllowEntry {
  path?: string;
  fingerprint?: string;
  rule?: string;
  reason: string;
  /** Where the entry comes from, for the suppression's source. */
  source: string;
}

function parseEntries(raw: unknown, file: string, source: string): AllowEntry[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new ConfigError(file, '`allow` must be a list of { path | fingerprint, reason }');
  return raw.map((e: unknown, i: number) => {
    if (!e || typeof e !== 'object') throw new ConfigError(file, `allow entry #${i + 1} must be a mapping`);
    const o = e as Record<string, unknown>;
    if (typeof o.reason !== 'string' || !o.reason.trim()) throw new ConfigError(file, `allow entry #${i + 1} has no reason: every allowed secret needs one`);
    if (typeof o.path !== 'string' && typeof o.fingerprint !== 'string') throw new ConfigError(file, `allow entry #${i + 1} needs a path glob or a fingerprint`);
    if (typeof o.fingerprint === 'string' && !/^sha256:[0-9a-f]{16}$/.test(o.fingerprint)) throw new ConfigError(file, `allow entry #${i + 1}: fingerprint must look like sha256:<16 hex digits>, as printed in findings`);
    const entry: AllowEntry = { reason: o.reason.trim(), source };
    if (typeof o.path === 'string') entry.path = o.path;
    if (typeof o.fingerprint === 'string') entry.fingerprint = o.fingerprint;
    if (typeof o.rule === 'string') entry.rule = o.rule;
    return entry;
  });
}

/** The allow-list of a workspace: `.flightcheck-secrets-allow.yaml` (`allow:`) plus `checks.secrets.allow` in flightcheck.yaml. */
export function loadAllowList(root: string, file = join(root, ALLOW_FILE)): AllowEntry[] {
  const out: AllowEntry[] = [];
  if (existsSync(file)) {
    const doc = parseDocument(readTextInput(file, { maxBytes: MAX_ALLOW_BYTES, rejectBinary: true }));
    if (doc.errors.length) throw new ConfigError(file, `invalid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
    const data = doc.toJS({ maxAliasCount: 50 }) as { allow?: unknown } | null;
    if (data && typeof data !== 'object') throw new ConfigError(file, 'expected a mapping with an `allow:` list');
    out.push(...parseEntries(data?.allow, file, 'allow-list'));
  }
  const policyFile = join(root, POLICY_FILE);
  if (existsSync(policyFile)) out.push(...parseEntries(loadPolicy(policyFile).checks.secrets?.allow, policyFile, 'flightcheck.yaml'));
  return out;
}

export type AllowMatcher = (finding: Finding) => AllowEntry | undefined;

export function allowMatcher(entries: AllowEntry[]): AllowMatcher {
  const globs = entries.map((e) => (e.path ? picomatch(e.path, { dot: true }) : undefined));
  return (f) => {
    const file = f.location?.file;
    const fp = f.properties?.fingerprint;
    return entries.find((e, i) => (!e.rule || e.rule === f.ruleId) && (!e.path || (file !== undefined && globs[i]!(file))) && (!e.fingerprint || e.fingerprint === fp));
  };
}

/** The reason of an inline `flightcheck:allow-secret <reason>` on the line or the line above; '' when it has no reason. */
export function inlineAllow(lines: string[], line: number): string | undefined {
  for (const l of [lines[line - 1], lines[line - 2]]) {
    const at = l?.indexOf(INLINE_MARKER) ?? -1;
    if (at >= 0) return l!.slice(at + INLINE_MARKER.length).replace(/(-->|\*\/)\s*$/, '').trim();
  }
  return undefined;
}
