import { readFileSync, existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { ConfigError } from '@flightcheck/core';
import { parseDocument } from 'yaml';
import { parseVersion, type Level, type PolicyVersion } from '../engine/versions.js';
import { ADMISSION_DEFAULTS, MODES, type PolicyDefaults } from './labels.js';

/** The exemptions of PodSecurityConfiguration: who, which runtime classes, which namespaces admission leaves alone. */
export interface Exemptions {
  usernames: string[];
  runtimeClasses: string[];
  namespaces: string[];
}

/** `checks.pod-security` of flightcheck.yaml, with an AdmissionConfiguration file merged in. */
export interface PodSecurityConfig {
  /** For workloads whose namespace is not among the manifests. */
  defaultLevel: Level;
  defaultVersion: PolicyVersion;
  /** Admission's defaults for namespaces without a label (PodSecurityConfiguration.defaults). */
  defaults: PolicyDefaults;
  exemptions: Exemptions;
  /** The user that applies the manifests (matched against exemptions.usernames). */
  appliedBy?: string;
}

const LEVEL = { type: 'string', enum: ['privileged', 'baseline', 'restricted'] };
const VERSION = { type: 'string', pattern: '^(latest|v1\\.(0|[1-9][0-9]*))$' };
const NAMES = { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 10000 };
const EXEMPTIONS = { type: 'object', additionalProperties: false, properties: { usernames: NAMES, runtimeClasses: NAMES, namespaces: NAMES } };
const DEFAULTS = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(MODES.flatMap((m) => [[m, LEVEL], [`${m}-version`, VERSION]])),
};

export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    defaultLevel: LEVEL,
    defaultVersion: VERSION,
    defaults: DEFAULTS,
    exemptions: EXEMPTIONS,
    admissionConfiguration: { type: 'string', minLength: 1 },
    appliedBy: { type: 'string', minLength: 1 },
  },
};

/** Validators are compiled on first use (about 0.1 s each at start-up, for a section or file most runs do not have). */
type Validator = ReturnType<Ajv['compile']>;
let ajv: Ajv | undefined;
const validators = new Map<object, Validator>();
const validator = (schema: object): Validator => {
  let v = validators.get(schema);
  if (!v) validators.set(schema, (v = (ajv ??= new Ajv({ allErrors: true, strict: true })).compile(schema)));
  return v;
};
const validates = (schema: object, value: unknown): Validator | undefined => {
  const v = validator(schema);
  return v(value) ? undefined : v;
};

function schemaError(file: string, where: string, errors: Validator['errors']): ConfigError {
  const e = errors?.[0];
  const at = `${where}${e?.instancePath ? e.instancePath.replace(/\//g, '.') : ''}`;
  const extra = e?.keyword === 'additionalProperties' ? ` (unknown key "${String((e.params as { additionalProperty?: string }).additionalProperty)}")` : e?.keyword === 'enum' ? ` (${(e.params as { allowedValues: string[] }).allowedValues.join(', ')})` : '';
  return new ConfigError(file, `${at} ${e?.message ?? 'is invalid'}${extra}`);
}

function defaultsFrom(d: Record<string, string> | undefined, base: PolicyDefaults): PolicyDefaults {
  const out = { ...base };
  for (const m of MODES) {
    out[m] = { level: (d?.[m] as Level | undefined) ?? base[m].level, version: d?.[`${m}-version`] ? parseVersion(d[`${m}-version`]!)! : base[m].version };
  }
  return out;
}

/** Reads an AdmissionConfiguration (its PodSecurity plugin) or a bare PodSecurityConfiguration file. */
export function readAdmissionConfiguration(file: string): { defaults?: Record<string, string>; exemptions?: Partial<Exemptions> } {
  if (!existsSync(file)) throw new ConfigError(file, 'no such admission configuration file');
  const text = readFileSync(file, 'utf8');
  if (text.length > 1 << 20) throw new ConfigError(file, 'larger than 1 MiB');
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length) throw new ConfigError(file, `invalid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, doc.errors[0]!.linePos?.[0]?.line);
  const data = doc.toJS({ maxAliasCount: 50 }) as Record<string, any> | null;
  let psc: Record<string, any> | undefined;
  if (data?.kind === 'PodSecurityConfiguration') psc = data;
  else if (data?.kind === 'AdmissionConfiguration') {
    const plugin = Array.isArray(data.plugins) ? data.plugins.find((p: any) => p?.name === 'PodSecurity') : undefined;
    if (!plugin) throw new ConfigError(file, 'AdmissionConfiguration has no PodSecurity plugin');
    if (plugin.path) throw new ConfigError(file, 'the PodSecurity plugin names its configuration by path; give that file instead');
    psc = plugin.configuration;
    if (psc?.kind !== 'PodSecurityConfiguration') throw new ConfigError(file, 'the PodSecurity plugin configuration is not a PodSecurityConfiguration');
  } else throw new ConfigError(file, 'expected kind AdmissionConfiguration or PodSecurityConfiguration');
  let bad: Validator | undefined;
  if (psc!.defaults !== undefined && (bad = validates(DEFAULTS, psc!.defaults))) throw schemaError(file, 'defaults', bad.errors);
  if (psc!.exemptions !== undefined && (bad = validates(EXEMPTIONS, psc!.exemptions))) throw schemaError(file, 'exemptions', bad.errors);
  return { defaults: psc!.defaults, exemptions: psc!.exemptions };
}

/** Validates `checks.pod-security` (from `file`, the policy) and merges the admission configuration it names. */
export function toPodSecurityConfig(section: unknown, file: string, root: string, admissionFile?: string): PodSecurityConfig {
  const s = (section ?? {}) as Record<string, any>;
  // no section is an empty one, which the schema accepts
  const bad = section === undefined || section === null ? undefined : validates(CONFIG_SCHEMA, s);
  if (bad) throw schemaError(file, 'checks.pod-security', bad.errors);
  const acFile = admissionFile ?? s.admissionConfiguration;
  const ac = acFile ? readAdmissionConfiguration(isAbsolute(acFile) ? acFile : resolve(root, acFile)) : {};
  const defaults = defaultsFrom(s.defaults, defaultsFrom(ac.defaults, ADMISSION_DEFAULTS));
  const ex = (k: keyof Exemptions) => [...(ac.exemptions?.[k] ?? []), ...((s.exemptions?.[k] as string[] | undefined) ?? [])];
  return {
    defaultLevel: s.defaultLevel ?? 'restricted',
    defaultVersion: parseVersion(s.defaultVersion ?? 'latest')!,
    defaults,
    exemptions: { usernames: ex('usernames'), runtimeClasses: ex('runtimeClasses'), namespaces: ex('namespaces') },
    ...(s.appliedBy ? { appliedBy: s.appliedBy } : {}),
  };
}
