import { describe, expect, it } from 'vitest';
import { componentsOf, expandLiteral, roleOf } from './manifest-components.js';
import { parseManifestText } from '@flightcheck/k8s';

describe('roleOf', () => {
  it('reads the role from the command, then from the component label', () => {
    expect(roleOf({ args: ['airflow', 'api-server'] }, {})).toBe('api-server');
    expect(roleOf({ command: ['airflow'], args: ['celery', 'worker'] }, {})).toBe('worker');
    expect(roleOf({ args: ['airflow', 'db', 'migrate'] }, {})).toBe('job');
    expect(roleOf({}, { component: 'scheduler' })).toBe('scheduler');
    expect(roleOf({}, { 'app.kubernetes.io/component': 'database' })).toBe('other');
  });
});

describe('componentsOf', () => {
  const text = `apiVersion: v1
kind: ConfigMap
metadata: { name: env, namespace: a }
data: { AIRFLOW__CORE__LOAD_EXAMPLES: "True", AIRFLOW__API__EXPOSE_CONFIG: "True" }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: a, labels: { app.kubernetes.io/version: "2.10.5" } }
spec:
  template:
    spec:
      containers:
        - name: web
          image: registry/custom:abc
          args: [airflow, webserver]
          envFrom: [{ configMapRef: { name: env } }, { secretRef: { name: unknown } }]
          env:
            - { name: AIRFLOW__API__EXPOSE_CONFIG, value: "False" }
            - { name: AIRFLOW__CORE__FERNET_KEY, valueFrom: { configMapKeyRef: { name: missing, key: k } } }
        - name: sidecar
          image: busybox
`;
  const objects = parseManifestText(text, 'f.yaml').objects;
  const ctx = { objects, problems: [], notices: [] as { where: { file: string; line: number }; message: string }[] };
  const [web, ...rest] = componentsOf(objects[1]!, ctx);

  it('one component per Airflow container, version from the label when the tag has none', () => {
    expect(rest).toEqual([]);
    expect(web).toMatchObject({ role: 'webserver', namespace: 'a', version: { major: 2 } });
  });

  it('env over envFrom; ConfigMap values placed at their key; unknown sources are opaque', () => {
    expect(web!.env.get('AIRFLOW__API__EXPOSE_CONFIG')).toMatchObject({ value: 'False', origin: 'literal', where: { line: 18 } });
    expect(web!.env.get('AIRFLOW__CORE__LOAD_EXAMPLES')).toMatchObject({ value: 'True', origin: 'configmap', where: { file: 'f.yaml', line: 4 } });
    expect(web!.opaque).toEqual(['envFrom Secret unknown (keys not in the manifests)']);
    expect(web!.env.get('AIRFLOW__CORE__FERNET_KEY')?.origin).toBe('unresolved');
    expect(ctx.notices[0]?.message).toMatch(/ConfigMap a\/missing key k is not in the manifests/);
  });
});

describe('expandLiteral ($(VAR) in env values, as Kubernetes expands them)', () => {
  const where = { file: 'f.yaml', line: 1 };
  const env = new Map([
    ['HOST', { name: 'HOST', value: 'db', origin: 'configmap' as const, via: 'ConfigMap a/x', where }],
    ['PW', { name: 'PW', origin: 'secret' as const, via: 'Secret a/db key pw', where, secretRef: { namespace: 'a', name: 'db', key: 'pw' } }],
    ['KNOWN', { name: 'KNOWN', value: 's3cret', origin: 'secret' as const, via: 'Secret a/k key k', where }],
  ]);
  it('substitutes variables from the repository and stays a literal; $$ and unknown names are kept as Kubernetes keeps them', () => {
    expect(expandLiteral('U', 'pg://u@$(HOST)/a?x=$$(HOST)&y=$(NOPE)', env, 'env', where)).toMatchObject({ value: 'pg://u@db/a?x=$(HOST)&y=$(NOPE)', origin: 'literal' });
  });
  it('a part from a Secret makes the value the Secret\'s: known when the Secret is, else only a template', () => {
    const hidden = expandLiteral('U', 'pg://u:$(PW)@$(HOST)/a', env, 'env', where);
    expect(hidden).toMatchObject({ origin: 'secret', template: 'pg://u:$(PW)@db/a' });
    expect(hidden.value).toBeUndefined();
    expect(hidden.via).toMatch(/\$\(PW\) from Secret a\/db key pw/);
    expect(expandLiteral('U', 'pg://u:$(KNOWN)@db/a', env, 'env', where)).toMatchObject({ origin: 'secret', value: 'pg://u:s3cret@db/a' });
  });
  it('only variables defined before count: a later entry is not visible to an earlier one', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: { name: p, namespace: a }
spec:
  containers:
    - name: s
      image: apache/airflow:3.1.8
      args: [scheduler]
      env:
        - { name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN, value: "postgresql://u:$(PW)@db/a" }
        - { name: PW, valueFrom: { secretKeyRef: { name: db, key: pw } } }
`;
    const objects = parseManifestText(text, 'p.yaml').objects;
    const [s] = componentsOf(objects[0]!, { objects, problems: [], notices: [] });
    expect(s!.env.get('AIRFLOW__DATABASE__SQL_ALCHEMY_CONN')).toMatchObject({ origin: 'literal', value: 'postgresql://u:$(PW)@db/a' });
  });
});
