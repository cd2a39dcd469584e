import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The gate's verdict through Nx itself, in one temporary git workspace holding the shipped Airflow image
// and manifests, the shipped flightcheck.yaml and the repository's plugin configuration. Each check's most
// typical real defect is planted into the shipped workload in turn (and put back): `nx run <p>:security`
// must fail on it with exit code 1, and the shipped workload must pass with 0. Docker runs only where a
// check needs it (image-build and permissions build the image's user stage from the offline base image).
// Left out here, each with its own integration tests: image-scan (needs a vulnerability database: without
// one it fails closed) and verify-signature (needs the registry of the signed image the manifests pin).
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const NX = join(repo, 'node_modules/nx/dist/bin/nx.js');
const BASE = process.env.FLIGHTCHECK_BASE_IMAGE ?? 'flightcheck/python-base:bookworm';
let ws: string;

function git(...args: string[]) {
  return execFileSync('git', ['-c', 'user.email=e2e@test', '-c', 'user.name=e2e', ...args], { cwd: ws, encoding: 'utf8' });
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, {
    cwd: ws,
    encoding: 'utf8',
    timeout: 280_000,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', CI: 'true' },
  });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}
const nx = (...args: string[]) => run(process.execPath, [NX, ...args, '--outputStyle=static']);

function report(project: string, target: string) {
  return JSON.parse(readFileSync(join(ws, 'dist/flightcheck', project, `${target}.json`), 'utf8')) as {
    results: { check: string; error?: string; findings: { ruleId: string; status: string; severity: string }[] }[];
    verdict: { passed: boolean; checks: { check: string; failOn: string; failed: boolean }[] };
  };
}
const failing = (project: string, target: string) => report(project, target).results.flatMap((r) => r.findings.filter((f) => f.status === 'fail').map((f) => f.ruleId));

/** Plants a change into one file of the workspace, runs `fn`, and puts the file back. */
function planted(file: string, change: (text: string) => string, fn: () => void) {
  const path = join(ws, file);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const after = change(before ?? '');
  expect(after, `the planted change did not apply to ${file}`).not.toBe(before);
  writeFileSync(path, after);
  try {
    fn();
  } finally {
    if (before === undefined) rmSync(path);
    else writeFileSync(path, before);
  }
}

beforeAll(() => {
  for (const pkg of ['nx-plugin', 'core', 'dockerfile-lint', 'compliance', 'secrets', 'image-build', 'permissions']) {
    if (!existsSync(join(repo, 'packages', pkg, 'dist'))) throw new Error(`packages/${pkg} is not built: run \`npm run build\` first`);
  }
  ws = mkdtempSync(join(tmpdir(), 'fc-gate-e2e-'));
  mkdirSync(join(ws, 'node_modules'));
  for (const e of readdirSync(join(repo, 'node_modules'))) if (e !== '.cache') symlinkSync(join(repo, 'node_modules', e), join(ws, 'node_modules', e));
  cpSync(join(repo, 'images/airflow'), join(ws, 'images/airflow'), { recursive: true });
  cpSync(join(repo, 'manifests/airflow'), join(ws, 'manifests/airflow'), { recursive: true });
  // the local profile: the image's user stage on the offline base image (the release build needs Docker Hub)
  writeFileSync(join(ws, 'flightcheck.yaml'), `${readFileSync(join(repo, 'flightcheck.yaml'), 'utf8')}\nprofile: local\n`);
  writeFileSync(join(ws, 'package.json'), JSON.stringify({ name: 'gate-e2e', private: true, type: 'module' }));
  writeFileSync(join(ws, '.gitignore'), 'node_modules\n.nx\ndist\n');
  const nxJson = JSON.parse(readFileSync(join(repo, 'nx.json'), 'utf8'));
  const entry = nxJson.plugins.find((p: { plugin?: string }) => p.plugin === '@flightcheck/nx-plugin');
  entry.options.disable = ['image-scan', 'sign', 'verify-signature'];
  const local = entry.options.configurations['image-build'].local;
  entry.options.configurations['image-build'].local = { ...local, buildArgs: { ...local.buildArgs, BASE_IMAGE: BASE }, image: 'verdict-e2e/airflow:it' };
  writeFileSync(join(ws, 'nx.json'), JSON.stringify({ neverConnectToCloud: true, tui: { enabled: false }, analytics: false, plugins: [entry] }, null, 2));
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'the shipped workload');
}, 120_000);

afterAll(() => {
  if (ws && !process.env.FC_KEEP_E2E) rmSync(ws, { recursive: true, force: true });
});

describe('the gate through Nx', () => {
  it('passes the shipped workload with exit 0, zero findings, and ends with the merged verdict', () => {
    const r = nx('run-many', '-t', 'security');
    expect(r.code, r.out).toBe(0);
    for (const [p, t] of [['airflow-image', 'dockerfile-lint'], ['airflow-image', 'permissions'], ['airflow-manifests', 'compliance'], ['workspace', 'secrets']] as const) {
      expect(failing(p, t), `${p}:${t}`).toEqual([]);
      expect(report(p, t).verdict.passed, `${p}:${t}`).toBe(true);
      expect(r.out).toContain(`✓ flightcheck ${p}:${t}: PASSED`);
    }
    expect(r.out.trim().split('\n').pop()).toBe('flightcheck gate: PASSED (3 projects)');
  });

  it('every help pointer of `nx show project` names a command that exists', () => {
    for (const p of ['airflow-image', 'airflow-manifests', 'workspace']) {
      const show = nx('show', 'project', p, '--json');
      const targets = JSON.parse(show.out.slice(show.out.indexOf('{'), show.out.lastIndexOf('}') + 1)).targets as Record<string, { metadata?: { help?: { command?: string } } }>;
      for (const [name, t] of Object.entries(targets)) {
        const command = t.metadata?.help?.command;
        if (!command) continue; // targets of other plugins
        const h = run('sh', ['-c', command]);
        expect(h.code, `${p}:${name}: ${command}\n${h.out}`).toBe(0);
        expect(h.out, `${p}:${name}: ${command}`).toMatch(/Options|options/);
      }
    }
  });

  it('dockerfile-lint fails the gate where hadolint fails: DL3007, DL3008/DL3015, DL3002', () => {
    const dockerfile = 'images/airflow/Dockerfile';
    const variants: [string, (t: string) => string, string[]][] = [
      ['FROM ubuntu:latest', (t) => `${t}\nFROM ubuntu:latest AS tools\nUSER 50000:50000\n`, ['DL3007']],
      ['RUN apt-get install curl', (t) => t.replace('WORKDIR /opt/airflow\nUSER 50000:50000', 'WORKDIR /opt/airflow\nRUN apt-get install -y curl\nUSER 50000:50000'), ['DL3008', 'DL3015']],
      ['USER root last', (t) => `${t}\nUSER 0\n`, ['DL3002']],
    ];
    for (const [name, change, rules] of variants) {
      planted(dockerfile, change, () => {
        const r = nx('run', 'airflow-image:security');
        expect(r.code, `${name}\n${r.out}`).toBe(1);
        expect(failing('airflow-image', 'dockerfile-lint'), name).toEqual(expect.arrayContaining(rules));
        expect(report('airflow-image', 'dockerfile-lint').verdict.checks[0]).toMatchObject({ check: 'dockerfile-lint', failOn: 'low', failed: true });
        expect(r.out).toContain('✗ flightcheck airflow-image:dockerfile-lint: FAILED');
      });
    }
  }, 900_000); // three image builds and permission checks: about a minute on an idle machine

  it('permissions fails the gate on a world-writable home', () => {
    planted('images/airflow/Dockerfile', (t) => t.replace('install -d -o 50000 -g 50000 -m 0755', 'install -d -o 50000 -g 50000 -m 0777'), () => {
      const r = nx('run', 'airflow-image:security');
      expect(r.code, r.out).toBe(1);
      expect(failing('airflow-image', 'dockerfile-lint')).toEqual([]);
      expect(failing('airflow-image', 'permissions')).toContain('owned-directories');
      expect(r.out).toContain('✗ flightcheck airflow-image:permissions: FAILED');
    });
  });

  it('compliance fails the gate on a privileged container (kube-score CRITICAL)', () => {
    planted('manifests/airflow/scheduler.yaml', (t) => t.replace('privileged: false', 'privileged: true'), () => {
      const r = nx('run', 'airflow-manifests:security');
      expect(r.code, r.out).toBe(1);
      expect(failing('airflow-manifests', 'compliance')).toEqual(['container-security-context-privileged']);
    });
  });

  const password = ['S3cr3t', 'Passw0rd', 'x9'].join('');
  const leak = (t: string) => `${t}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leak\n  namespace: airflow\ndata:\n  AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:${password}@airflow-postgresql/airflow\n`;

  it('secrets fails the gate on a database password in a ConfigMap', () => {
    planted('manifests/airflow/config.yaml', leak, () => {
      const r = nx('run', 'workspace:security');
      expect(r.code, r.out).toBe(1);
      expect(failing('workspace', 'secrets')).toContain('connection-uri-password');
      expect(r.out).not.toContain(password);
    });
  });

  it('a waived finding passes, and the summary counts it once per check and reason', () => {
    planted('manifests/airflow/config.yaml', leak, () => {
      planted('flightcheck.waivers.yaml', () => 'waivers:\n  - rule: connection-uri-password\n    check: secrets\n    reason: test database (SEC-7)\n', () => {
        const r = nx('run', 'workspace:security');
        expect(r.code, r.out).toBe(0);
        expect(r.out.match(/suppressed 1 × secrets \(waiver: test database \(SEC-7\)\)/g)).toHaveLength(2); // the task's gate line, the run's summary
      });
    });
  });

  it('run-many and affected exit 1 on a failing check and 0 when it is fixed', () => {
    planted('manifests/airflow/scheduler.yaml', (t) => t.replace('privileged: false', 'privileged: true'), () => {
      git('commit', '-qam', 'a privileged container');
      const many = nx('run-many', '-t', 'security');
      expect(many.code, many.out).toBe(1);
      expect(many.out).not.toMatch(/Tasks not run because their dependencies failed/);
      const affected = nx('affected', '-t', 'security', '--base=HEAD~1', '--head=HEAD');
      expect(affected.code, affected.out).toBe(1);
      expect(affected.out).toContain('nx run airflow-manifests:security');
      expect(affected.out).not.toContain('nx run airflow-image:');
    });
    git('commit', '-qam', 'fixed');
    const affected = nx('affected', '-t', 'security', '--base=HEAD~1', '--head=HEAD');
    expect(affected.code, affected.out).toBe(0);
    const many = nx('run-many', '-t', 'security');
    expect(many.code, many.out).toBe(0);
  });
});
