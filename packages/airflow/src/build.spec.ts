import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildImageModel, buildManifestModel } from './build.js';
import { getSetting } from './component.js';
import { readDockerfile } from './dockerfile.js';
import { loadManifests, parseManifestText } from '@flightcheck/k8s';
import { scheduler } from './rules/__fixtures__/template.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

describe('buildManifestModel on the shipped manifests', () => {
  it('finds every component, with version 3 and the pod template in the executor namespace', async () => {
    const model = buildManifestModel(await loadManifests(['manifests/airflow'], { cwd: ROOT }));
    const roles = model.components.filter((c) => c.role !== 'job').map((c) => c.role).sort();
    expect(roles).toEqual(['api-server', 'dag-processor', 'pod-template', 'scheduler', 'triggerer']);
    const tpl = model.components.find((c) => c.role === 'pod-template')!;
    expect(tpl.namespace).toBe('airflow');
    expect(tpl.version?.major).toBe(3);
    const api = model.components.find((c) => c.role === 'api-server')!;
    expect(getSetting(api, 'secretKey')).toMatchObject({ origin: 'secret', option: { section: 'api', key: 'secret_key' } });
    expect(getSetting(api, 'exposeConfig')).toMatchObject({ value: 'False', origin: 'configmap' });
    expect(getSetting(api, 'loadExamples')?.origin).toBe('configmap'); // env (ConfigMap) wins over airflow.cfg
    expect(model.problems).toEqual([]);
  });
});

const doc = (env: string, cfg = '') => `apiVersion: v1
kind: ConfigMap
metadata: { name: cfg, namespace: a }
data:
  airflow.cfg: |
${cfg.split('\n').map((l) => `    ${l}`).join('\n')}
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: a }
spec:
  template:
    spec:
      containers:
        - name: web
          image: apache/airflow:2.10.5
          args: [webserver]
          env:
${env}
          volumeMounts:
            - { name: c, mountPath: /opt/airflow/airflow.cfg, subPath: airflow.cfg }
      volumes:
        - { name: c, configMap: { name: cfg } }
`;

describe('precedence between sources', () => {
  it('env over airflow.cfg, a later env entry over an earlier one, and the cfg line placed in the ConfigMap', () => {
    const m = buildManifestModel(parseManifestText(doc('            - { name: AIRFLOW__WEBSERVER__EXPOSE_CONFIG, value: "False" }', '[webserver]\nexpose_config = True\nsecret_key = from-cfg'), 'x.yaml'));
    const web = m.components[0]!;
    expect(web.role).toBe('webserver');
    expect(getSetting(web, 'exposeConfig')).toMatchObject({ value: 'False', origin: 'literal' });
    expect(getSetting(web, 'secretKey')).toMatchObject({ value: 'from-cfg', origin: 'cfg', where: { file: 'x.yaml', line: 8 } });
  });

  it('Airflow 2 does not read [api] secret_key; Airflow 3 reads [webserver] secret_key as the deprecated name', () => {
    const m = buildManifestModel(parseManifestText(doc('            - { name: AIRFLOW__API__SECRET_KEY, value: x }'), 'x.yaml'));
    expect(getSetting(m.components[0]!, 'secretKey')).toBeUndefined();
    const v3 = buildManifestModel(parseManifestText(doc('            - { name: AIRFLOW__WEBSERVER__SECRET_KEY, value: x }').replace('2.10.5', '3.0.2').replace('[webserver]', '[api-server]'), 'x.yaml'));
    expect(getSetting(v3.components[0]!, 'secretKey')).toMatchObject({ option: { section: 'webserver' }, value: 'x' });
  });

  it('the _CMD variant ranks below the plain variable and is said to be not evaluated', () => {
    const m = buildManifestModel(parseManifestText(doc('            - { name: AIRFLOW__CORE__FERNET_KEY_CMD, value: "cat /run/k" }'), 'x.yaml'));
    expect(getSetting(m.components[0]!, 'fernetKey')).toMatchObject({ origin: 'cmd' });
    expect(getSetting(m.components[0]!, 'fernetKey')?.value).toBeUndefined();
    expect(m.notices[0]?.message).toMatch(/never runs it.*not evaluated/);
  });

  it('reports invalid names and a broken airflow.cfg as problems, never throwing', () => {
    const m = buildManifestModel(parseManifestText(doc('            - { name: AIRFLOW__CORE_LOAD_EXAMPLES, value: "True" }', '[core]\nload_examples\n[core]'), 'x.yaml'));
    expect(m.problems.map((p) => p.kind).sort()).toEqual(['cfg', 'cfg', 'env-name']);
  });
});

describe('buildImageModel', () => {
  it('makes the Dockerfile ENV one component', () => {
    const img = readDockerfile(readFileSync(`${ROOT}images/airflow/Dockerfile`, 'utf8'), 'images/airflow/Dockerfile');
    const m = buildImageModel(img);
    expect(getSetting(m.components[0]!, 'loadExamples')).toMatchObject({ value: 'False', origin: 'dockerfile' });
  });

  it('says an Airflow ENV from a build argument without a default is not evaluated', () => {
    const m = buildImageModel(readDockerfile('FROM apache/airflow:3.1.8\nARG EX\nENV AIRFLOW__CORE__LOAD_EXAMPLES=$EX PLAIN=$EX\n', 'Dockerfile'));
    expect(m.notices.map((n) => [n.where.line, n.message])).toEqual([[3, 'ENV AIRFLOW__CORE__LOAD_EXAMPLES takes build argument EX (no default): its value is given at build time, so it is not evaluated']]);
    expect(getSetting(m.components[0]!, 'loadExamples')).toMatchObject({ origin: 'dockerfile' });
    expect(getSetting(m.components[0]!, 'loadExamples')?.value).toBeUndefined();
  });
});

describe('hostile input', () => {
  it('odd shapes in pod specs are passed over, never thrown on', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: { name: p, namespace: 7 }
spec:
  volumes: 3
  containers:
    - "just a string"
    - { name: a, image: apache/airflow:3.1.8, command: 5, args: { x: 1 }, env: { a: b }, envFrom: [null, { configMapRef: 3 }], volumeMounts: [{ mountPath: 9 }] }
    - { name: b, image: apache/airflow:3.1.8, env: [{ name: 5 }, null, { name: AIRFLOW__CORE__X, valueFrom: 3 }, { name: AIRFLOW__CORE__Y, value: 12 }] }
`;
    const m = buildManifestModel(parseManifestText(text, 'p.yaml'));
    expect(m.components.length).toBe(2);
    expect(m.components[1]!.env.get('AIRFLOW__CORE__Y')?.value).toBe('12');
  });
});

describe('precedence as AirflowConfigParser.get has it', () => {
  it('per name the environment\'s plain, _CMD and _SECRET variants, before the deprecated name\'s', () => {
    const m = buildManifestModel(parseManifestText(doc('            - { name: AIRFLOW__WEBSERVER__SECRET_KEY, value: old-name-value }\n            - { name: AIRFLOW__API__SECRET_KEY_SECRET, value: airflow/api-secret-key }').replace('2.10.5', '3.1.8').replace('[webserver]', '[api-server]'), 'x.yaml'));
    expect(getSetting(m.components[0]!, 'secretKey')).toMatchObject({ origin: 'secrets-backend', option: { section: 'api', key: 'secret_key' } });
  });

  it('_CMD and _SECRET variants of an option that is not sensitive are never read (env or airflow.cfg)', () => {
    const m = buildManifestModel(parseManifestText(doc('            - { name: AIRFLOW__CORE__LOAD_EXAMPLES_CMD, value: "echo False" }', '[webserver]\nexpose_config_cmd = echo False'), 'x.yaml'));
    const web = m.components[0]!;
    expect(getSetting(web, 'loadExamples')).toBeUndefined();
    expect(getSetting(web, 'exposeConfig')).toBeUndefined();
    expect(m.notices.map((n) => n.message).join('\n')).not.toMatch(/not evaluated/);
  });

  it('in airflow.cfg the plain key, then key_cmd, then key_secret; the environment over all of them', () => {
    const cfg = '[core]\nfernet_key_secret = airflow/fernet\nfernet_key_cmd = cat /run/fernet\n[database]\nsql_alchemy_conn_cmd = cat /run/db\nsql_alchemy_conn_secret = airflow/db';
    const m = buildManifestModel(parseManifestText(doc('            - { name: AIRFLOW__CORE__EXECUTOR, value: LocalExecutor }', cfg), 'x.yaml'));
    const web = m.components[0]!;
    expect(getSetting(web, 'fernetKey')).toMatchObject({ origin: 'cmd', where: { line: 8 } });
    expect(getSetting(web, 'sqlAlchemyConn')).toMatchObject({ origin: 'cmd', option: { section: 'database' } });
    const withEnv = buildManifestModel(parseManifestText(doc('            - { name: AIRFLOW__CORE__FERNET_KEY, valueFrom: { secretKeyRef: { name: f, key: k } } }', cfg), 'x.yaml'));
    expect(getSetting(withEnv.components[0]!, 'fernetKey')).toMatchObject({ origin: 'secret', secretRef: { name: 'f', key: 'k' } });
  });
});

describe('what is not evaluated is said', () => {
  const sched = (text: string) => buildManifestModel(parseManifestText(text, 's.yaml')).notices.map((n) => n.message).join('\n');
  it('a _SECRET variant (env or airflow.cfg) reads the secrets backend: not evaluated', () => {
    expect(sched(doc('            - { name: AIRFLOW__CORE__FERNET_KEY_SECRET, value: airflow/fernet }', '[database]\nsql_alchemy_conn_secret = airflow/db'))).toMatch(/AIRFLOW__CORE__FERNET_KEY_SECRET .*secrets backend.*not evaluated[^]*\[database\] sql_alchemy_conn_secret.*not evaluated/);
  });
  it('a KubernetesExecutor whose pod template is not in the manifests, or that has none: the task pods are not checked', () => {
    expect(sched(scheduler().replace('mountPath: /t }', 'mountPath: /elsewhere }'))).toMatch(/pod template \/t\/pod\.yaml is not mounted from a ConfigMap of the manifests.*not checked/);
    expect(sched(scheduler().replace(/.*POD_TEMPLATE_FILE.*\n/, ''))).toMatch(/KubernetesExecutor without \[kubernetes_executor\] pod_template_file.*not checked/);
    expect(sched(scheduler())).not.toMatch(/not checked/);
  });
});
