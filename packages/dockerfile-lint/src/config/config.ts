import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError } from '@flightcheck/core';
import { parse } from 'yaml';
import { LEVELS, type LabelType, type Level } from '../rules/rule.js';

export type Threshold = Level | 'none';
export const LABEL_TYPES: readonly LabelType[] = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'];

/** hadolint's configuration; every field optional so that sources can be layered. */
export interface HadolintConfig {
  ignored?: string[];
  trustedRegistries?: string[];
  override?: Partial<Record<'error' | 'warning' | 'info' | 'style', string[]>>;
  failureThreshold?: Threshold;
  labelSchema?: Record<string, LabelType>;
  strictLabels?: boolean;
  disableIgnorePragma?: boolean;
  noFail?: boolean;
  /** Files the configuration was read from (for the report's suppression source). */
  sources?: string[];
}

const MAX_CONFIG_BYTES = 1 << 20;

/** Layers configurations: later scalars win, lists are concatenated (as hadolint does). */
export function mergeConfig(...layers: (HadolintConfig | undefined)[]): HadolintConfig {
  const out: HadolintConfig = {};
  for (const l of layers) {
    if (!l) continue;
    if (l.ignored) out.ignored = [...(out.ignored ?? []), ...l.ignored];
    if (l.trustedRegistries) out.trustedRegistries = [...(out.trustedRegistries ?? []), ...l.trustedRegistries];
    if (l.override) {
      out.override ??= {};
      for (const [k, v] of Object.entries(l.override) as [keyof NonNullable<HadolintConfig['override']>, string[]][]) {
        out.override[k] = [...(out.override[k] ?? []), ...v];
      }
    }
    if (l.labelSchema) out.labelSchema = { ...(out.labelSchema ?? {}), ...l.labelSchema };
    if (l.failureThreshold !== undefined) out.failureThreshold = l.failureThreshold;
    if (l.strictLabels !== undefined) out.strictLabels = l.strictLabels;
    if (l.disableIgnorePragma !== undefined) out.disableIgnorePragma = l.disableIgnorePragma;
    if (l.noFail !== undefined) out.noFail = l.noFail;
    if (l.sources) out.sources = [...(out.sources ?? []), ...l.sources];
  }
  return out;
}

function stringList(v: unknown, key: string, file: string): string[] {
  if (v === null || v === undefined) return [];
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' && typeof x !== 'number')) throw new ConfigError(file, `\`${key}\` must be a list of strings`);
  return v.map(String);
}

export function parseThreshold(v: string, where: string): Threshold {
  const t = v.trim().toLowerCase();
  if ((LEVELS as readonly string[]).includes(t) || t === 'none') return t as Threshold;
  throw new ConfigError(where, `failure-threshold "${v}" is not one of error, warning, info, style, ignore, none`);
}

/** Parses the text of a `.hadolint.yaml`. Unknown keys are ignored (as hadolint does); wrong types are errors. */
export function parseConfig(text: string, file: string): HadolintConfig {
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 50, prettyErrors: false });
  } catch (e) {
    throw new ConfigError(file, `invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return { sources: [file] };
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(file, 'a hadolint configuration must be a YAML mapping');
  const d = data as Record<string, unknown>;
  const cfg: HadolintConfig = { sources: [file] };
  if ('ignored' in d) cfg.ignored = stringList(d.ignored, 'ignored', file);
  if ('trustedRegistries' in d) cfg.trustedRegistries = stringList(d.trustedRegistries, 'trustedRegistries', file);
  if ('override' in d && d.override) {
    if (typeof d.override !== 'object') throw new ConfigError(file, '`override` must map error/warning/info/style to lists of rule codes');
    cfg.override = {};
    for (const [k, v] of Object.entries(d.override as Record<string, unknown>)) {
      if (!['error', 'warning', 'info', 'style'].includes(k)) throw new ConfigError(file, `override.${k}: use error, warning, info or style`);
      cfg.override[k as 'error'] = stringList(v, `override.${k}`, file);
    }
  }
  if ('failure-threshold' in d && d['failure-threshold'] !== null) cfg.failureThreshold = parseThreshold(String(d['failure-threshold']), file);
  if ('label-schema' in d && d['label-schema']) {
    const ls = d['label-schema'];
    if (typeof ls !== 'object' || Array.isArray(ls)) throw new ConfigError(file, '`label-schema` must map label names to types');
    cfg.labelSchema = {};
    for (const [k, v] of Object.entries(ls as Record<string, unknown>)) {
      const t = v === null || v === '' ? 'text' : String(v);
      if (!(LABEL_TYPES as readonly string[]).includes(t)) throw new ConfigError(file, `label-schema.${k}: "${t}" is not one of ${LABEL_TYPES.join(', ')}`);
      cfg.labelSchema[k] = t as LabelType;
    }
  }
  for (const [key, prop] of [['strict-labels', 'strictLabels'], ['disable-ignore-pragma', 'disableIgnorePragma'], ['no-fail', 'noFail']] as const) {
    if (key in d && d[key] !== null) {
      if (typeof d[key] !== 'boolean') throw new ConfigError(file, `\`${key}\` must be true or false`);
      cfg[prop] = d[key] as boolean;
    }
  }
  return cfg;
}

export function readConfigFile(file: string): HadolintConfig {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new ConfigError(file, 'configuration file not found');
  }
  if (!st.isFile()) throw new ConfigError(file, 'configuration is not a regular file');
  if (st.size > MAX_CONFIG_BYTES) throw new ConfigError(file, `configuration is over ${MAX_CONFIG_BYTES} bytes`);
  return parseConfig(readFileSync(file, 'utf8'), file);
}

/** Where hadolint looks for its configuration when no `--config` is given, in order. */
export function configCandidates(cwd: string, env: Record<string, string | undefined>): string[] {
  const home = env.HOME ?? homedir();
  const xdg = env.XDG_CONFIG_HOME || join(home, '.config');
  return [
    join(cwd, '.hadolint.yaml'), join(cwd, '.hadolint.yml'),
    join(xdg, 'hadolint.yaml'), join(xdg, 'hadolint.yml'),
    join(home, '.hadolint', 'hadolint.yaml'), join(home, '.hadolint', 'hadolint.yml'),
    join(home, '.hadolint', 'config.yaml'), join(home, '.hadolint', 'config.yml'),
    join(home, '.hadolint.yaml'), join(home, '.hadolint.yml'),
  ];
}

/** The configuration file to use: `--config FILE` (must exist), else the first candidate that exists. */
export function findConfigFile(cwd: string, env: Record<string, string | undefined>, explicit?: string): string | undefined {
  if (explicit) {
    const f = resolve(cwd, explicit);
    if (!existsSync(f)) throw new ConfigError(explicit, 'configuration file not found');
    return f;
  }
  return configCandidates(cwd, env).find((f) => existsSync(f));
}

const TRUE = /^(1|y|on|true|yes)$/i;
const list = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** `HADOLINT_*` environment variables. */
export function configFromEnv(env: Record<string, string | undefined>): HadolintConfig {
  const cfg: HadolintConfig = {};
  if (env.HADOLINT_NOFAIL !== undefined) cfg.noFail = TRUE.test(env.HADOLINT_NOFAIL);
  if (env.HADOLINT_STRICT_LABELS !== undefined) cfg.strictLabels = TRUE.test(env.HADOLINT_STRICT_LABELS);
  if (env.HADOLINT_DISABLE_IGNORE_PRAGMA !== undefined) cfg.disableIgnorePragma = TRUE.test(env.HADOLINT_DISABLE_IGNORE_PRAGMA);
  if (env.HADOLINT_FAILURE_THRESHOLD) cfg.failureThreshold = parseThreshold(env.HADOLINT_FAILURE_THRESHOLD, 'HADOLINT_FAILURE_THRESHOLD');
  const override: HadolintConfig['override'] = {};
  for (const level of ['error', 'warning', 'info', 'style'] as const) {
    const v = list(env[`HADOLINT_OVERRIDE_${level.toUpperCase()}`]);
    if (v.length) override[level] = v;
  }
  if (Object.keys(override).length) cfg.override = override;
  if (env.HADOLINT_IGNORE) cfg.ignored = list(env.HADOLINT_IGNORE);
  if (env.HADOLINT_TRUSTED_REGISTRIES) cfg.trustedRegistries = list(env.HADOLINT_TRUSTED_REGISTRIES);
  if (env.HADOLINT_REQUIRE_LABELS) cfg.labelSchema = parseRequiredLabels(list(env.HADOLINT_REQUIRE_LABELS), 'HADOLINT_REQUIRE_LABELS');
  return cfg;
}

/** `name:type` pairs (`--require-label`, `HADOLINT_REQUIRE_LABELS`). */
export function parseRequiredLabels(items: string[], where: string): Record<string, LabelType> {
  const out: Record<string, LabelType> = {};
  for (const item of items) {
    const i = item.lastIndexOf(':');
    const name = i < 0 ? item : item.slice(0, i);
    const type = i < 0 ? 'text' : item.slice(i + 1) || 'text';
    if (!name || !(LABEL_TYPES as readonly string[]).includes(type)) throw new ConfigError(where, `"${item}" is not name:type with a type among ${LABEL_TYPES.join(', ')}`);
    out[name] = type as LabelType;
  }
  return out;
}
