/** Airflow's option names: the `AIRFLOW__SECTION__KEY` convention, the `_CMD`/`_SECRET` variants, 2.x and 3.x names. */

export interface OptionName {
  section: string;
  key: string;
}

/** An option as a rule asks for it: its name in Airflow 3 and in Airflow 2, and older names Airflow still reads. */
export interface OptionSpec {
  v3?: OptionName;
  v2?: OptionName;
  /** Deprecated names Airflow still reads after the current one (per source, in this order). */
  deprecated?: OptionName[];
}

const o = (section: string, key: string): OptionName => ({ section, key });

export const OPTIONS = {
  secretKey: { v3: o('api', 'secret_key'), v2: o('webserver', 'secret_key'), deprecated: [o('webserver', 'secret_key')] },
  jwtSecret: { v3: o('api_auth', 'jwt_secret') },
  jwtPrivateKeyPath: { v3: o('api_auth', 'jwt_private_key_path') },
  fernetKey: { v3: o('core', 'fernet_key'), v2: o('core', 'fernet_key') },
  loadExamples: { v3: o('core', 'load_examples'), v2: o('core', 'load_examples') },
  exposeConfig: { v3: o('api', 'expose_config'), v2: o('webserver', 'expose_config'), deprecated: [o('webserver', 'expose_config')] },
  authBackends: { v2: o('api', 'auth_backends'), deprecated: [o('api', 'auth_backend')] },
  experimentalApi: { v2: o('api', 'enable_experimental_api') },
  authManager: { v3: o('core', 'auth_manager'), v2: o('core', 'auth_manager') },
  simpleAllAdmins: { v3: o('core', 'simple_auth_manager_all_admins') },
  fabAuthRolePublic: { v3: o('fab', 'auth_role_public'), v2: o('fab', 'auth_role_public') },
  sqlAlchemyConn: { v3: o('database', 'sql_alchemy_conn'), v2: o('database', 'sql_alchemy_conn'), deprecated: [o('core', 'sql_alchemy_conn')] },
  brokerUrl: { v3: o('celery', 'broker_url'), v2: o('celery', 'broker_url') },
  resultBackend: { v3: o('celery', 'result_backend'), v2: o('celery', 'result_backend') },
  executor: { v3: o('core', 'executor'), v2: o('core', 'executor') },
  podTemplateFile: { v3: o('kubernetes_executor', 'pod_template_file'), v2: o('kubernetes_executor', 'pod_template_file'), deprecated: [o('kubernetes', 'pod_template_file')] },
  executorNamespace: { v3: o('kubernetes_executor', 'namespace'), v2: o('kubernetes_executor', 'namespace'), deprecated: [o('kubernetes', 'namespace')] },
  multiNamespaceMode: { v3: o('kubernetes_executor', 'multi_namespace_mode'), v2: o('kubernetes_executor', 'multi_namespace_mode'), deprecated: [o('kubernetes', 'multi_namespace_mode')] },
  multiNamespaceList: { v3: o('kubernetes_executor', 'multi_namespace_mode_namespace_list'), v2: o('kubernetes_executor', 'multi_namespace_mode_namespace_list'), deprecated: [o('kubernetes', 'multi_namespace_mode_namespace_list')] },
} satisfies Record<string, OptionSpec>;

export type OptionId = keyof typeof OPTIONS;

/**
 * Options for which Airflow honours the `_cmd` / `_secret` variants (its sensitive options); for any other
 * option an `AIRFLOW__X__Y_CMD` is just an option named `y_cmd`.
 */
export const SENSITIVE = new Set(['core.fernet_key', 'database.sql_alchemy_conn', 'core.sql_alchemy_conn', 'celery.broker_url', 'celery.result_backend', 'celery.flower_basic_auth', 'webserver.secret_key', 'api.secret_key', 'api_auth.jwt_secret', 'core.internal_api_secret_key', 'smtp.smtp_password', 'sentry.sentry_dsn', 'secrets.backend_kwargs', 'kubernetes_executor.kube_client_request_args']);

/** The names an option is looked up under for a major version (undefined: unknown, both). */
export function namesFor(spec: OptionSpec, major: number | undefined): OptionName[] {
  const out: OptionName[] = [];
  const push = (n?: OptionName) => n && !out.some((x) => x.section === n.section && x.key === n.key) && out.push(n);
  if (major === undefined || major >= 3) push(spec.v3);
  if (major === undefined || major < 3) push(spec.v2);
  for (const d of spec.deprecated ?? []) push(d);
  return out;
}

export const envName = (n: OptionName, suffix = ''): string => `AIRFLOW__${n.section.replace(/\./g, '_').toUpperCase()}__${n.key.toUpperCase()}${suffix}`;

export type EnvNameKind = 'option' | 'connection' | 'variable' | 'invalid' | 'other';

export interface ParsedEnvName {
  kind: EnvNameKind;
  option?: OptionName;
  variant?: 'cmd' | 'secret';
  /** Why Airflow does not read it (kind 'invalid'). */
  reason?: string;
}

/** What Airflow makes of one environment variable name. */
export function parseEnvName(name: string): ParsedEnvName {
  if (name.startsWith('AIRFLOW_CONN_')) return { kind: 'connection' };
  if (name.startsWith('AIRFLOW_VAR_')) return { kind: 'variable' };
  const upper = name.toUpperCase();
  if (!upper.startsWith('AIRFLOW_')) return { kind: 'other' };
  if (!upper.startsWith('AIRFLOW__')) {
    if (/^AIRFLOW_[A-Za-z0-9]+(_[A-Za-z0-9]+)*__[A-Za-z0-9_]+$/.test(name)) return { kind: 'invalid', reason: 'one underscore after AIRFLOW: Airflow reads options only from AIRFLOW__<SECTION>__<KEY> (two underscores on each side of the section)' };
    return { kind: 'other' };
  }
  if (!name.startsWith('AIRFLOW__')) return { kind: 'invalid', reason: 'Airflow matches the prefix AIRFLOW__ case-sensitively' };
  const rest = name.slice('AIRFLOW__'.length);
  const i = rest.indexOf('__');
  if (i <= 0 || i + 2 >= rest.length) return { kind: 'invalid', reason: 'no `__` between the section and the key: Airflow ignores it (AIRFLOW__<SECTION>__<KEY>)' };
  const section = rest.slice(0, i);
  let key = rest.slice(i + 2);
  if (!/^[A-Z0-9_]+$/.test(section) || !/^[A-Z0-9_]+$/.test(key)) return { kind: 'invalid', reason: 'Airflow looks options up by upper-case names of letters, digits and underscores: this one is never read' };
  if (key.startsWith('_') || key.endsWith('__')) return { kind: 'invalid', reason: 'the key starts or ends with an extra underscore: Airflow never reads it' };
  let variant: 'cmd' | 'secret' | undefined;
  for (const [suffix, v] of [['_CMD', 'cmd'], ['_SECRET', 'secret']] as const) {
    const base = key.slice(0, -suffix.length).toLowerCase();
    if (key.endsWith(suffix) && SENSITIVE.has(`${section.toLowerCase()}.${base}`)) {
      key = key.slice(0, -suffix.length);
      variant = v;
    }
  }
  return { kind: 'option', option: { section: section.toLowerCase(), key: key.toLowerCase() }, ...(variant ? { variant } : {}) };
}

/** Airflow's boolean parsing of a config value (configparser's getboolean). */
export function asBool(v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  const s = v.trim().toLowerCase();
  if (['1', 'yes', 'true', 'on', 't', 'y'].includes(s)) return true;
  if (['0', 'no', 'false', 'off', 'f', 'n', ''].includes(s)) return false;
  return undefined;
}
