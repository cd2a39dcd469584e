import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Each defect planted into a fresh copy of the shipped manifests and image, checked through the built CLI
// (build first: npx tsc -b tsconfig.build.json).
const workspace = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cliBin = join(workspace, 'packages', 'cli', 'bin', 'flightcheck.js');
const tmp = mkdtempSync(join(tmpdir(), 'fc-airflow-planted-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Finding {
  ruleId: string;
  message: string;
  location?: { file: string; line?: number };
  status: string;
}

let n = 0;
function copy(): string {
  const dir = join(tmp, `ws${n++}`);
  cpSync(join(workspace, 'manifests/airflow'), join(dir, 'manifests/airflow'), { recursive: true });
  cpSync(join(workspace, 'images/airflow'), join(dir, 'images/airflow'), { recursive: true });
  return dir;
}

function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`planting failed: ${String(from)} not in ${file}`);
  writeFileSync(path, next);
}

function run(dir: string, paths = ['manifests/airflow', 'images/airflow']) {
  const r = spawnSync(process.execPath, [cliBin, 'airflow', ...paths, '--format', 'json', '--fail-on', 'low'], { cwd: dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
  const report = JSON.parse(r.stdout) as { results: { target: string; findings: Finding[]; notices?: { message: string }[]; error?: string }[] };
  return { code: r.status, report, findings: report.results.flatMap((x) => x.findings) };
}

const ENV_CM = '  AIRFLOW__CORE__EXECUTOR: KubernetesExecutor\n';
const addEnv = (dir: string, lines: string) => edit(dir, 'manifests/airflow/config.yaml', ENV_CM, `${ENV_CM}${lines}`);
const FERNET = `${Buffer.alloc(32, 3).toString('base64url')}=`;

const DB_FROM_SECRET = /- name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN\n\s+valueFrom:\n\s+secretKeyRef:\n\s+name: airflow-metadata\n\s+key: connection/;

/** A Secret of the manifests with one key (the shipped manifests name their Secrets but do not hold them). */
const secretFile = (dir: string, name: string, key: string, value: string) =>
  writeFileSync(join(dir, `manifests/airflow/${name}-secret.yaml`), `apiVersion: v1\nkind: Secret\nmetadata: { name: ${name}, namespace: airflow }\nstringData:\n  ${key}: ${value}\n`);

/** A second Airflow deployment (instance airflow-b) whose API server reads the same Secrets. */
function secondDeployment(dir: string): void {
  const text = readFileSync(join(dir, 'manifests/airflow/api-server.yaml'), 'utf8');
  writeFileSync(join(dir, 'manifests/airflow/api-server-b.yaml'), text.replaceAll('app.kubernetes.io/instance: airflow', 'app.kubernetes.io/instance: airflow-b').replaceAll('name: airflow-api-server', 'name: airflow-b-api-server'));
}

/** The scheduler's pod launcher made a ClusterRole bound cluster-wide. */
function clusterWidePodLauncher(dir: string): void {
  edit(dir, 'manifests/airflow/rbac.yaml', 'kind: Role\nmetadata:\n  name: airflow-pod-launcher\n  namespace: airflow\n', 'kind: ClusterRole\nmetadata:\n  name: airflow-pod-launcher\n');
  edit(dir, 'manifests/airflow/rbac.yaml', 'kind: RoleBinding\nmetadata:\n  name: airflow-pod-launcher\n  namespace: airflow\n', 'kind: ClusterRoleBinding\nmetadata:\n  name: airflow-pod-launcher\n');
  edit(dir, 'manifests/airflow/rbac.yaml', '  kind: Role\n  name: airflow-pod-launcher\n', '  kind: ClusterRole\n  name: airflow-pod-launcher\n');
}

interface Case {
  name: string;
  plant(dir: string): void;
  rule: string;
  file: string;
  message?: RegExp;
}

const CASES: Case[] = [
  { name: 'api-server without [api] secret_key', rule: 'secret-key-weak', file: 'manifests/airflow/api-server.yaml', message: /CVE-2020-17526/, plant: (d) => edit(d, 'manifests/airflow/api-server.yaml', 'name: AIRFLOW__API__SECRET_KEY', 'name: UNUSED_SECRET_KEY') },
  { name: 'scheduler without [api_auth] jwt_secret', rule: 'jwt-secret-weak', file: 'manifests/airflow/scheduler.yaml', plant: (d) => edit(d, 'manifests/airflow/scheduler.yaml', 'name: AIRFLOW__API_AUTH__JWT_SECRET', 'name: UNUSED_JWT') },
  { name: 'triggerer without [core] fernet_key', rule: 'fernet-key-weak', file: 'manifests/airflow/triggerer.yaml', plant: (d) => edit(d, 'manifests/airflow/triggerer.yaml', 'name: AIRFLOW__CORE__FERNET_KEY', 'name: UNUSED_FERNET') },
  { name: 'JWT secret as a literal', rule: 'secret-literal', file: 'manifests/airflow/api-server.yaml', plant: (d) => edit(d, 'manifests/airflow/api-server.yaml', /- name: AIRFLOW__API_AUTH__JWT_SECRET\n\s+valueFrom:\n\s+secretKeyRef:\n\s+name: airflow-jwt-secret\n\s+key: jwt-secret/, `- name: AIRFLOW__API_AUTH__JWT_SECRET\n              value: ${'q7'.repeat(40)}`) },
  { name: 'secret_key and jwt_secret from one Secret key', rule: 'secret-shared', file: 'manifests/airflow/api-server.yaml', plant: (d) => edit(d, 'manifests/airflow/api-server.yaml', /name: airflow-api-secret-key\n(\s+)key: api-secret-key/, 'name: airflow-jwt-secret\n$1key: jwt-secret') },
  { name: 'load_examples true', rule: 'load-examples', file: 'manifests/airflow/config.yaml', message: /CVE-2020-11978/, plant: (d) => edit(d, 'manifests/airflow/config.yaml', 'AIRFLOW__CORE__LOAD_EXAMPLES: "False"', 'AIRFLOW__CORE__LOAD_EXAMPLES: "True"') },
  { name: 'load_examples true in the image', rule: 'load-examples', file: 'images/airflow/Dockerfile', plant: (d) => edit(d, 'images/airflow/Dockerfile', 'AIRFLOW__CORE__LOAD_EXAMPLES=False', 'AIRFLOW__CORE__LOAD_EXAMPLES=True') },
  { name: 'load_examples left at its default in an image that installs Airflow', rule: 'load-examples', file: 'images/airflow/Dockerfile', plant: (d) => edit(d, 'images/airflow/Dockerfile', ' \\\n    AIRFLOW__CORE__LOAD_EXAMPLES=False', '') },
  { name: 'expose_config true', rule: 'expose-config', file: 'manifests/airflow/config.yaml', plant: (d) => edit(d, 'manifests/airflow/config.yaml', 'AIRFLOW__API__EXPOSE_CONFIG: "False"', 'AIRFLOW__API__EXPOSE_CONFIG: "True"') },
  { name: 'anonymous users are Admin', rule: 'api-auth-open', file: 'manifests/airflow/config.yaml', plant: (d) => edit(d, 'manifests/airflow/config.yaml', 'AUTH_ROLE_PUBLIC = None', 'AUTH_ROLE_PUBLIC = "Admin"') },
  { name: 'FAB auth manager letting anonymous users in ([fab] auth_role_public)', rule: 'api-auth-open', file: 'manifests/airflow/config.yaml', message: /auth_role_public is Viewer/, plant: (d) => addEnv(d, '  AIRFLOW__FAB__AUTH_ROLE_PUBLIC: Viewer\n') },
  { name: 'Simple auth manager making everyone admin', rule: 'api-auth-open', file: 'manifests/airflow/config.yaml', plant: (d) => { edit(d, 'manifests/airflow/config.yaml', 'airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager', 'airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager'); addEnv(d, '  AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS: "True"\n'); } },
  { name: 'admin user with a literal password', rule: 'default-admin-password', file: 'manifests/airflow/config.yaml', plant: (d) => addEnv(d, '  _AIRFLOW_WWW_USER_CREATE: "true"\n  _AIRFLOW_WWW_USER_PASSWORD: admin\n') },
  { name: 'metadata database without TLS (URL in a Secret of the manifests)', rule: 'connection-no-tls', file: 'manifests/airflow/api-server.yaml', message: /Secret airflow\/airflow-metadata key connection/, plant: (d) => writeFileSync(join(d, 'manifests/airflow/metadata-secret.yaml'), `apiVersion: v1\nkind: Secret\nmetadata: { name: airflow-metadata, namespace: airflow }\nstringData:\n  connection: postgresql+psycopg2://airflow:${'x'.repeat(3)}@airflow-postgresql:5432/airflow\n`) },
  { name: 'broker URL with its password in a ConfigMap', rule: 'connection-password-plain', file: 'manifests/airflow/config.yaml', plant: (d) => addEnv(d, '  AIRFLOW__CELERY__BROKER_URL: rediss://:hunter2@redis:6380/0\n') },
  { name: 'connection with a literal password', rule: 'conn-var-literal', file: 'manifests/airflow/config.yaml', plant: (d) => addEnv(d, '  AIRFLOW_CONN_WAREHOUSE: postgres://etl:etl-pass@warehouse:5432/dw\n') },
  { name: 'pod template mounting the ServiceAccount token', rule: 'worker-pod-privileges', file: 'manifests/airflow/pod-template.yaml', plant: (d) => edit(d, 'manifests/airflow/pod-template.yaml', 'automountServiceAccountToken: false', 'automountServiceAccountToken: true') },
  { name: 'pod template with a hostPath', rule: 'worker-pod-privileges', file: 'manifests/airflow/pod-template.yaml', plant: (d) => edit(d, 'manifests/airflow/pod-template.yaml', /( +)- name: tmp\n(\s+)emptyDir:/, '$1- name: docker\n$1  hostPath: { path: /var/run/docker.sock }\n$1- name: tmp\n$2emptyDir:') },
  { name: 'executor namespace outside the scheduler\'s RBAC', rule: 'executor-namespace-rbac', file: 'manifests/airflow/config.yaml', plant: (d) => edit(d, 'manifests/airflow/config.yaml', 'AIRFLOW__KUBERNETES_EXECUTOR__NAMESPACE: airflow', 'AIRFLOW__KUBERNETES_EXECUTOR__NAMESPACE: airflow-tasks') },
  { name: 'multi_namespace_mode without a namespace list', rule: 'multi-namespace-cluster-rights', file: 'manifests/airflow/config.yaml', plant: (d) => addEnv(d, '  AIRFLOW__KUBERNETES_EXECUTOR__MULTI_NAMESPACE_MODE: "True"\n') },
  { name: '[api] secret_key a published default (in a Secret of the manifests)', rule: 'secret-key-weak', file: 'manifests/airflow/api-server.yaml', message: /published default.*CVE-2020-17526/, plant: (d) => secretFile(d, 'airflow-api-secret-key', 'api-secret-key', 'temporary_key') },
  { name: '[api_auth] jwt_secret too short (in a Secret of the manifests)', rule: 'jwt-secret-weak', file: 'manifests/airflow/api-server.yaml', message: /shorter than 32/, plant: (d) => secretFile(d, 'airflow-jwt-secret', 'jwt-secret', 'q7Lx2v9KpR4m') },
  { name: '[core] fernet_key not a Fernet key (in a Secret of the manifests)', rule: 'fernet-key-weak', file: 'manifests/airflow/api-server.yaml', message: /not a Fernet key/, plant: (d) => secretFile(d, 'airflow-fernet-key', 'fernet-key', 'q7Lx2v9KpR4mq7Lx2v9KpR4m') },
  { name: 'one secret_key Secret shared by a second Airflow deployment', rule: 'secret-shared', file: 'manifests/airflow/api-server.yaml', message: /\[api\] secret_key of airflow\/airflow.* is the same secret as that of airflow\/airflow-b/, plant: (d) => secondDeployment(d) },
  { name: 'Airflow 2 image with the allow-all API auth backend', rule: 'api-auth-open', file: 'images/airflow/Dockerfile', message: /CVE-2020-13927/, plant: (d) => { edit(d, 'images/airflow/Dockerfile', 'ARG AIRFLOW_VERSION=3.1.8', 'ARG AIRFLOW_VERSION=2.10.5'); edit(d, 'images/airflow/Dockerfile', 'AIRFLOW__CORE__LOAD_EXAMPLES=False', 'AIRFLOW__CORE__LOAD_EXAMPLES=False \\\n    AIRFLOW__API__AUTH_BACKENDS=airflow.api.auth.backend.default'); } },
  { name: 'Celery broker without TLS', rule: 'connection-no-tls', file: 'manifests/airflow/config.yaml', message: /Celery broker.*redis:\/\/ is plain text/, plant: (d) => addEnv(d, '  AIRFLOW__CELERY__BROKER_URL: redis://airflow-redis:6379/0\n') },
  { name: 'Celery result backend without TLS', rule: 'connection-no-tls', file: 'manifests/airflow/config.yaml', message: /Celery result backend.*no sslmode/, plant: (d) => addEnv(d, '  AIRFLOW__CELERY__RESULT_BACKEND: db+postgresql://airflow@airflow-postgresql:5432/airflow\n') },
  { name: 'metadata database password in a plain env value', rule: 'connection-password-plain', file: 'manifests/airflow/scheduler.yaml', message: /metadata database URL with its password/, plant: (d) => edit(d, 'manifests/airflow/scheduler.yaml', DB_FROM_SECRET, '- name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN\n              value: postgresql+psycopg2://airflow:hunter2@airflow-postgresql:5432/airflow?sslmode=verify-full') },
  { name: 'variable named like a credential, with a literal value', rule: 'conn-var-literal', file: 'manifests/airflow/config.yaml', message: /variable AIRFLOW_VAR_API_TOKEN/, plant: (d) => addEnv(d, '  AIRFLOW_VAR_API_TOKEN: tok-123\n') },
  { name: 'admin user created with --password on the command line', rule: 'default-admin-password', file: 'manifests/airflow/db-migrate.yaml', message: /--password/, plant: (d) => edit(d, 'manifests/airflow/db-migrate.yaml', 'args: ["airflow", "db", "migrate"]', 'args: ["airflow", "users", "create", "--username", "admin", "--role", "Admin", "--password", "admin"]') },
  { name: 'pod template with a privileged container adding capabilities', rule: 'worker-pod-privileges', file: 'manifests/airflow/pod-template.yaml', message: /is privileged/, plant: (d) => edit(d, 'manifests/airflow/pod-template.yaml', 'privileged: false', 'privileged: true\n            allowPrivilegeEscalation: true') },
  { name: 'scheduler allowed to create pods cluster-wide for one executor namespace', rule: 'executor-namespace-rbac', file: 'manifests/airflow/rbac.yaml', message: /every namespace/, plant: clusterWidePodLauncher },
  { name: 'multi_namespace_mode with cluster-wide pod rights', rule: 'multi-namespace-cluster-rights', file: 'manifests/airflow/rbac.yaml', message: /cluster-wide pod rights/, plant: (d) => { clusterWidePodLauncher(d); addEnv(d, '  AIRFLOW__KUBERNETES_EXECUTOR__MULTI_NAMESPACE_MODE: "True"\n  AIRFLOW__KUBERNETES_EXECUTOR__MULTI_NAMESPACE_MODE_NAMESPACE_LIST: airflow,airflow-tasks\n'); } },
  { name: 'duplicate section in airflow.cfg', rule: 'invalid-config', file: 'manifests/airflow/config.yaml', message: /section \[core\] already appears/, plant: (d) => edit(d, 'manifests/airflow/config.yaml', '    load_examples = False\n', '    load_examples = False\n    [core]\n    dags_folder = /opt/airflow/dags\n') },
  { name: 'duplicate key in airflow.cfg', rule: 'invalid-config', file: 'manifests/airflow/config.yaml', message: /already set on line/, plant: (d) => edit(d, 'manifests/airflow/config.yaml', '    load_examples = False\n', '    load_examples = False\n    load_examples = True\n') },
  { name: 'malformed airflow.cfg line', rule: 'invalid-config', file: 'manifests/airflow/config.yaml', message: /neither a \[section\]/, plant: (d) => edit(d, 'manifests/airflow/config.yaml', '    load_examples = False\n', '    load_examples = False\n    this line means nothing\n') },
  { name: 'env var Airflow never reads', rule: 'invalid-config', file: 'manifests/airflow/config.yaml', message: /AIRFLOW__CORE_DAGS_FOLDER/, plant: (d) => addEnv(d, '  AIRFLOW__CORE_DAGS_FOLDER: /dags\n') },
];

describe('flightcheck airflow on the shipped workload', () => {
  it('passes the shipped manifests and image with zero findings', () => {
    const r = run(copy());
    expect(r.findings).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.report.results.map((x) => x.error)).toEqual([undefined, undefined]);
  });

  for (const c of CASES) {
    it(`fails with ${c.rule}: ${c.name}`, () => {
      const dir = copy();
      c.plant(dir);
      const r = run(dir);
      const mine = r.findings.filter((f) => f.ruleId === c.rule);
      expect(mine.length, JSON.stringify(r.findings, null, 1)).toBeGreaterThan(0);
      expect(mine[0]!.location?.file).toBe(c.file);
      if (c.message) expect(mine.map((f) => f.message).join('\n')).toMatch(c.message);
      expect(r.code).toBe(1);
    });
  }

  it('a _CMD variant is reported as not evaluated, not as a finding', () => {
    const dir = copy();
    edit(dir, 'manifests/airflow/triggerer.yaml', /- name: AIRFLOW__CORE__FERNET_KEY\n\s+valueFrom:\n\s+secretKeyRef:\n\s+name: airflow-fernet-key\n\s+key: fernet-key/, '- name: AIRFLOW__CORE__FERNET_KEY_CMD\n              value: cat /run/secrets/fernet-key');
    const r = run(dir, ['manifests/airflow']);
    expect(r.findings).toEqual([]);
    expect(r.report.results[0]!.notices?.map((x) => x.message).join('\n')).toMatch(/AIRFLOW__CORE__FERNET_KEY_CMD.*not evaluated/);
    expect(r.code).toBe(0);
  });

  it('a Fernet key in a ConfigMap loses to the Secret a container names (precedence): one finding, naming only the containers that read it', () => {
    const dir = copy();
    addEnv(dir, `  AIRFLOW__CORE__FERNET_KEY: ${FERNET}\n`);
    const r = run(dir, ['manifests/airflow']);
    // read by the containers that take it from the ConfigMap only (init containers, the pod template): one
    // finding at the ConfigMap; the main containers' secretKeyRef wins over envFrom, so they are not named
    expect(r.findings.map((f) => [f.ruleId, f.location?.file, f.location?.line])).toEqual([['secret-literal', 'manifests/airflow/config.yaml', 21]]);
    expect(r.findings[0]!.message).not.toMatch(/container (api-server|scheduler|triggerer|dag-processor)\)/);
    expect(r.findings[0]!.message).toMatch(/init container wait-for-migrations/);
  });

  it('values from Secrets are not findings: the database password spliced in by $(VAR) from a Secret, secret_key through a secrets backend', () => {
    const dir = copy();
    edit(dir, 'manifests/airflow/scheduler.yaml', DB_FROM_SECRET, '- name: PGPASS\n              valueFrom:\n                secretKeyRef:\n                  name: airflow-postgresql\n                  key: password\n            - name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN\n              value: postgresql+psycopg2://airflow:$(PGPASS)@airflow-postgresql:5432/airflow?sslmode=verify-full');
    edit(dir, 'manifests/airflow/api-server.yaml', /- name: AIRFLOW__API__SECRET_KEY\n\s+valueFrom:\n\s+secretKeyRef:\n\s+name: airflow-api-secret-key\n\s+key: api-secret-key/, '- name: AIRFLOW__API__SECRET_KEY_SECRET\n              value: airflow/api-secret-key');
    const r = run(dir, ['manifests/airflow']);
    expect(r.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('airflow.cfg loses to the environment (precedence): expose_config true in the file, false in the env, is no finding', () => {
    const dir = copy();
    edit(dir, 'manifests/airflow/config.yaml', '    load_examples = False\n', '    load_examples = True\n    [api]\n    expose_config = True\n');
    const r = run(dir, ['manifests/airflow']);
    // every container that mounts airflow.cfg also takes the ConfigMap airflow-env (envFrom), whose values win
    expect(r.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('a manifest that is not YAML fails closed and the rest is still checked', () => {
    const dir = copy();
    writeFileSync(join(dir, 'manifests/airflow/broken.yaml'), 'kind: [\n');
    edit(dir, 'manifests/airflow/config.yaml', 'AIRFLOW__CORE__LOAD_EXAMPLES: "False"', 'AIRFLOW__CORE__LOAD_EXAMPLES: "True"');
    const r = run(dir, ['manifests/airflow']);
    expect(r.report.results[0]!.error).toMatch(/broken\.yaml/);
    expect(r.findings.map((f) => f.ruleId)).toContain('load-examples');
    expect(r.code).not.toBe(0);
  });
});
