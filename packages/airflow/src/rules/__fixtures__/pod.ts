/** Kubernetes YAML for the rule specs: one Airflow Deployment, plus whatever extra documents a case needs. */
export interface PodOpts {
  args?: string;
  image?: string;
  env?: Record<string, string>;
  /** Raw YAML lines of `env:` items (valueFrom cases). */
  envRaw?: string[];
  ns?: string;
  name?: string;
  instance?: string;
  podSpec?: string[];
  extra?: string;
}

export function deployment(o: PodOpts = {}): string {
  const env = [...Object.entries(o.env ?? {}).map(([k, v]) => `            - name: ${k}\n              value: ${JSON.stringify(v)}`), ...(o.envRaw ?? []).map((l) => `            ${l}`)];
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    `metadata: { name: ${o.name ?? 'airflow-api-server'}, namespace: ${o.ns ?? 'airflow'} }`,
    'spec:',
    '  template:',
    `    metadata: { labels: { app.kubernetes.io/instance: ${o.instance ?? 'airflow'} } }`,
    '    spec:',
    ...(o.podSpec ?? []).map((l) => `      ${l}`),
    '      containers:',
    '        - name: main',
    `          image: ${o.image ?? 'apache/airflow:3.1.8'}`,
    `          args: [${o.args ?? 'api-server'}]`,
    ...(env.length ? ['          env:', ...env] : []),
    ...(o.extra ? ['---', o.extra] : []),
  ].join('\n');
}

export const secretRef = (name: string, secret: string, key: string): string => `- name: ${name}\n              valueFrom: { secretKeyRef: { name: ${secret}, key: ${key} } }`;

/** A well-formed Fernet key (32 bytes). */
export const FERNET = `${Buffer.alloc(32, 9).toString('base64url')}=`;
/** A long random-looking secret. */
export const STRONG = 'p9N2x7QeLr4Vb8Kc1Zt6Wm3Yh5Js0Ud2Fa7Gk4Nq8Rx';
