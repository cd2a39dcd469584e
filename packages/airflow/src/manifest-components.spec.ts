import { describe, expect, it } from 'vitest';
import { componentsOf, roleOf } from './manifest-components.js';
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
