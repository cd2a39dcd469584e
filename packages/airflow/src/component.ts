import type { ObjectRef } from '@flightcheck/core';
import type { AirflowVersion } from './dockerfile.js';
import { iniGet, type IniFile } from './ini.js';
import type { K8sObject } from '@flightcheck/k8s';
import { envName, namesFor, OPTIONS, SENSITIVE, type OptionId, type OptionName } from './names.js';

/** Where a value comes from. `literal`, `configmap`, `cfg` and `dockerfile` values are visible in the repository. */
export type Origin = 'literal' | 'configmap' | 'secret' | 'cfg' | 'dockerfile' | 'cmd' | 'secrets-backend' | 'field' | 'unresolved';

export const IN_REPOSITORY: ReadonlySet<Origin> = new Set(['literal', 'configmap', 'cfg', 'dockerfile']);

export interface Where {
  file: string;
  line: number;
  object?: ObjectRef;
}

export interface EnvEntry {
  name: string;
  /** Known value: a literal, a ConfigMap's, an image ENV, or a Secret's when the Secret is in the manifests. */
  value?: string;
  origin: Origin;
  /** Human description of the source: `env (literal)`, `ConfigMap airflow/airflow-env key X`, `Secret a key b`. */
  via: string;
  where: Where;
  secretRef?: { namespace: string; name: string; key: string };
  /** A value built by Kubernetes' `$(VAR)` expansion from parts not all known (a Secret outside the manifests): the text with those parts left as `$(VAR)`; enough to judge a URL's scheme, host and TLS parameters, never a secret. */
  template?: string;
}

export interface Setting {
  /** The name the value was found under (a deprecated name when that is what is set). */
  option: OptionName;
  value?: string;
  origin: Origin;
  via: string;
  where: Where;
  secretRef?: EnvEntry['secretRef'];
  template?: string;
}

export type Role = 'api-server' | 'webserver' | 'scheduler' | 'dag-processor' | 'triggerer' | 'worker' | 'pod-template' | 'job' | 'image' | 'other';

export interface CfgSource {
  ini: IniFile;
  file: string;
  /** Line of the file just before the cfg's first line (the ConfigMap key's line; 0 for a file of its own). */
  lineOffset: number;
  object?: ObjectRef;
  via: string;
}

export interface Component {
  role: Role;
  /** `api-server (Deployment airflow/airflow-api-server, container api-server)`. */
  label: string;
  object?: K8sObject;
  /** Path from the object root to the container (manifests). */
  containerPath?: (string | number)[];
  /** Namespace and instance: components of one Airflow deployment share it. */
  namespace: string;
  instance: string;
  version?: AirflowVersion;
  env: Map<string, EnvEntry>;
  cfg?: CfgSource;
  /** Env sources whose keys are not known (an envFrom Secret or ConfigMap not in the manifests). */
  opaque: string[];
  /** The pod spec this component runs in (manifests). */
  pod?: { spec: Record<string, any>; specPath: (string | number)[]; object: K8sObject };
  webserverConfig?: { text: string; file: string; lineOffset: number; object?: ObjectRef };
}

export const objectRef = (o: K8sObject): ObjectRef => ({ apiVersion: o.apiVersion, kind: o.kind, ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}), ...(o.metadata.name ? { name: o.metadata.name } : {}) });

function fromEnv(e: EnvEntry, option: OptionName, origin?: Origin): Setting {
  return { option, ...(e.value !== undefined && !origin ? { value: e.value } : {}), origin: origin ?? e.origin, via: `${e.name} from ${e.via}`, where: e.where, ...(e.secretRef ? { secretRef: e.secretRef } : {}), ...(e.template !== undefined && !origin ? { template: e.template } : {}) };
}

function fromCfg(c: CfgSource, option: OptionName, key: string, origin: Origin): Setting | undefined {
  const e = iniGet(c.ini, option.section, key);
  if (!e) return undefined;
  return { option, ...(origin === 'cfg' ? { value: e.value } : {}), origin, via: `airflow.cfg [${option.section}] ${key} in ${c.via}`, where: { file: c.file, line: c.lineOffset + e.line, ...(c.object ? { object: c.object } : {}) } };
}

/**
 * The effective value of an option for one component, with Airflow's precedence (AirflowConfigParser.get):
 * the environment first (per name, the current one before the deprecated ones: `AIRFLOW__S__K`, then its
 * `_CMD`, then its `_SECRET`), then airflow.cfg (`key`, current name first), then its `key_cmd`, then its
 * `key_secret`. The `_CMD` / `_SECRET` variants count only for Airflow's sensitive options: for any other
 * option Airflow never reads them. Undefined: not set anywhere we can see (Airflow's default applies).
 */
export function getSetting(c: Component, id: OptionId): Setting | undefined {
  const names = namesFor(OPTIONS[id], c.version?.major);
  const sensitive = (n: OptionName) => SENSITIVE.has(`${n.section}.${n.key}`);
  const fromEnvironment = (n: OptionName): Setting | undefined => {
    const e = c.env.get(envName(n));
    if (e) return fromEnv(e, n);
    if (!sensitive(n)) return undefined;
    const cmd = c.env.get(envName(n, '_CMD'));
    if (cmd) return fromEnv(cmd, n, 'cmd');
    const secret = c.env.get(envName(n, '_SECRET'));
    return secret && fromEnv(secret, n, 'secrets-backend');
  };
  const sources: ((n: OptionName) => Setting | undefined)[] = [
    fromEnvironment,
    (n) => c.cfg && fromCfg(c.cfg, n, n.key, 'cfg'),
    (n) => (c.cfg && sensitive(n) ? fromCfg(c.cfg, n, `${n.key}_cmd`, 'cmd') : undefined),
    (n) => (c.cfg && sensitive(n) ? fromCfg(c.cfg, n, `${n.key}_secret`, 'secrets-backend') : undefined),
  ];
  for (const source of sources) {
    for (const n of names) {
      const s = source(n);
      if (s) return s;
    }
  }
  return undefined;
}

/** The component's location for a finding about a setting it lacks. */
export function componentWhere(c: Component): Where {
  if (c.object && c.containerPath) return { file: c.object.file, line: c.object.lineOf(c.containerPath), object: objectRef(c.object) };
  if (c.object) return { file: c.object.file, line: c.object.line, object: objectRef(c.object) };
  const first = [...c.env.values()][0];
  return first?.where ?? { file: c.label, line: 1 };
}

/** True when the component runs an Airflow 3 (or unknown-version) API server, or an Airflow 2 webserver. */
export const servesUi = (c: Component): boolean => c.role === 'api-server' || c.role === 'webserver';
