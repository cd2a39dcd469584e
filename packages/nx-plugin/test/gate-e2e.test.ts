import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS helpers of the setup scripts
import { debianMirror, debianSecurityMirror } from '../../../tools/lib/apt.mjs';
// @ts-expect-error plain JS helpers of the setup scripts
import { findCosign } from '../../../tools/lib/cosign.mjs';
// @ts-expect-error plain JS helpers of the setup scripts
import { ensureLocalKey, pinManifests, pushLocal } from '../../../tools/lib/local-release.mjs';
// @ts-expect-error plain JS helpers of the setup scripts
import { startRegistry } from '../../../tools/lib/registry.mjs';

// The gate's verdict through Nx itself, in one temporary git workspace holding the shipped Airflow image
// and manifests, the shipped flightcheck.yaml and the repository's plugin configuration. Each check's most
// typical real defect is planted into the shipped workload in turn (and put back): `nx run <p>:security`
// must fail on it with exit code 1, and the shipped workload must pass with 0. Docker runs only where a
// check needs it (image-build and permissions build the image's user stage from the offline base image).
// The release path (image-scan against Debian's archive, verify-signature against a registry on 127.0.0.1
// and a cosign key) runs last, once per CI run: the Node 24 pass sets FLIGHTCHECK_E2E_ONCE_DONE.
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

/** `sh -c command`, asynchronously (the same environment as run), with its exit code and output. */
function shAsync(command: string): Promise<{ code: number | null; out: string }> {
  return new Promise((res, rej) => {
    const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', CI: 'true' };
    const child = spawn('sh', ['-c', command], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 280_000 });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('error', rej);
    child.on('close', (code) => res({ code, out }));
  });
}

/**
 * The help pointer (metadata.help.command) of every flightcheck target of the projects, from one `nx graph`, and
 * what running each printed: three at a time (each is an npx and an Nx or CLI start).
 */
async function helpPointers(projects: string[], only = /./): Promise<{ target: string; command: string; code: number | null; out: string }[]> {
  mkdirSync(join(ws, 'dist'), { recursive: true });
  const file = join(ws, 'dist', 'graph.json');
  const g = nx('graph', `--file=${file}`);
  expect(g.code, g.out).toBe(0);
  const nodes = JSON.parse(readFileSync(file, 'utf8')).graph.nodes as Record<string, { data: { targets: Record<string, { metadata?: { help?: { command?: string } } }> } }>;
  const todo = projects.flatMap((p) => {
    expect(nodes[p], p).toBeDefined();
    return Object.entries(nodes[p]!.data.targets).flatMap(([name, t]) => (t.metadata?.help?.command && only.test(`${p}:${name}`) ? [{ target: `${p}:${name}`, command: t.metadata.help.command }] : []));
  });
  const done: { target: string; command: string; code: number | null; out: string }[] = [];
  const next = async (): Promise<void> => {
    for (let job = todo.shift(); job; job = todo.shift()) done.push({ ...job, ...(await shAsync(job.command)) });
  };
  await Promise.all([next(), next(), next()]);
  return done;
}

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
  // a workspace whose root tsconfig sets a source export condition (as Nx's TypeScript workspaces do; this
  // repository keeps none, see README "Development"): Nx starts its plugin worker with it (no .env here: the
  // worker is Nx's default), so the run's summary must load core's build
  writeFileSync(join(ws, 'tsconfig.base.json'), `${JSON.stringify({ compilerOptions: { customConditions: ['@flightcheck/source'] } }, null, 2)}\n`);
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
    // the run's summary, last: every check task of the run, then the verdict
    const summary = r.out.slice(r.out.lastIndexOf('flightcheck gate: 3 projects, '));
    expect(summary, r.out).toMatch(/^flightcheck gate: 3 projects, \d+ check tasks\n/);
    for (const t of ['airflow-image:dockerfile-lint', 'airflow-image:permissions', 'airflow-manifests:compliance', 'airflow-manifests:rbac', 'airflow-manifests:pod-security', 'airflow-manifests:airflow', 'airflow-manifests:network-policy', 'workspace:secrets']) {
      expect(summary).toContain(`  ✓ flightcheck ${t}: PASSED · 0 findings · 0 suppressed\n`);
    }
    expect(r.out).not.toContain('no merged summary');
    expect(r.out.trim().split('\n').pop()).toBe('flightcheck gate: PASSED (3 projects)');
  });

  it('every help pointer of the project graph names a command that exists', async () => {
    const helps = await helpPointers(['airflow-image', 'airflow-manifests', 'workspace']);
    // every check of the three projects has one (targets of other plugins have none)
    for (const t of ['airflow-image:dockerfile-lint', 'airflow-image:permissions', 'airflow-manifests:compliance', 'airflow-manifests:rbac', 'workspace:secrets']) {
      expect(helps.map((h) => h.target)).toContain(t);
    }
    for (const h of helps) {
      expect(h.code, `${h.target}: ${h.command}\n${h.out}`).toBe(0);
      expect(h.out, `${h.target}: ${h.command}`).toMatch(/Options|options/);
    }
  });

  it('dockerfile-lint fails the gate where hadolint fails: DL3007, DL3008/DL3015, DL3002', () => {
    // the three defects planted together (one image build and permission check instead of three: each rule has
    // its own specs and conformance cases; this is the gate's path)
    const plant = (t: string) =>
      `${t.replace('WORKDIR /opt/airflow\nUSER 50000:50000', 'WORKDIR /opt/airflow\nRUN apt-get install -y curl\nUSER 50000:50000')}\nFROM ubuntu:latest AS tools\nUSER 0\n`;
    planted('images/airflow/Dockerfile', plant, () => {
      expect(readFileSync(join(ws, 'images/airflow/Dockerfile'), 'utf8')).toContain('RUN apt-get install -y curl');
      const r = nx('run', 'airflow-image:security');
      expect(r.code, r.out).toBe(1);
      expect(failing('airflow-image', 'dockerfile-lint')).toEqual(expect.arrayContaining(['DL3007', 'DL3008', 'DL3015', 'DL3002']));
      expect(report('airflow-image', 'dockerfile-lint').verdict.checks[0]).toMatchObject({ check: 'dockerfile-lint', failOn: 'low', failed: true });
      expect(r.out).toContain('✗ flightcheck airflow-image:dockerfile-lint: FAILED');
    });
  }, 600_000); // an image build and permission check

  it('permissions fails the gate on a world-writable home', () => {
    planted('images/airflow/Dockerfile', (t) => t.replace('install -d -o 50000 -g 50000 -m 0755', 'install -d -o 50000 -g 50000 -m 0777'), () => {
      const r = nx('run', 'airflow-image:security');
      expect(r.code, r.out).toBe(1);
      expect(failing('airflow-image', 'dockerfile-lint')).toEqual([]);
      expect(failing('airflow-image', 'permissions')).toContain('owned-directories');
      expect(r.out).toContain('✗ flightcheck airflow-image:permissions: FAILED');
    });
  });

  it('image-build fails the gate on a Dockerfile that does not build, and the checks of the image fail closed', () => {
    planted('images/airflow/Dockerfile', (t) => t.replace('WORKDIR /opt/airflow\nUSER 50000:50000', 'WORKDIR /opt/airflow\nRUN test -d /opt/airflow/missing\nUSER 50000:50000'), () => {
      const r = nx('run', 'airflow-image:security');
      expect(r.code, r.out).toBe(1);
      expect(report('airflow-image', 'image-build').verdict.checks).toContainEqual(expect.objectContaining({ check: 'image-build', failed: true }));
      expect(failing('airflow-image', 'dockerfile-lint')).toEqual([]);
      expect(r.out).toContain('✗ flightcheck airflow-image:image-build: FAILED');
      expect(r.out).toMatch(/✗ flightcheck airflow-image:permissions: FAILED/);
    });
  });

  it('compliance fails the gate on a privileged container (kube-score CRITICAL)', () => {
    planted('manifests/airflow/scheduler.yaml', (t) => t.replace('privileged: false', 'privileged: true'), () => {
      const r = nx('run', 'airflow-manifests:security');
      expect(r.code, r.out).toBe(1);
      expect(failing('airflow-manifests', 'compliance')).toEqual(['container-security-context-privileged']);
    });
  });

  it('rbac, pod-security, airflow and network-policy each fail the gate on their own defect: pods/exec, a hostPath, load_examples, the scheduler cut off from its database', () => {
    // one run for the four (each check judges its own files; compliance must still pass)
    const execPods = (t: string) => t.replace('    resources: ["pods/log"]\n    verbs: ["get"]\n---', '    resources: ["pods/log"]\n    verbs: ["get"]\n  - apiGroups: [""]\n    resources: ["pods/exec"]\n    verbs: ["create"]\n---');
    const hostPath = (t: string) => t.replace('      volumes:\n', '      volumes:\n        - name: host\n          hostPath:\n            path: /var/run\n');
    const examples = (t: string) => t.replace('AIRFLOW__CORE__LOAD_EXAMPLES: "False"', 'AIRFLOW__CORE__LOAD_EXAMPLES: "True"');
    // the scheduler left out of the components whose egress reaches PostgreSQL: an intended flow blocked
    const schedulerBlocked = (t: string) => {
      const at = t.indexOf('name: airflow-egress-postgresql');
      return t.slice(0, at) + t.slice(at).replace('values: ["api-server", "scheduler", "triggerer", "dag-processor", "db-migrate"]', 'values: ["api-server", "triggerer", "dag-processor", "db-migrate"]');
    };
    planted('manifests/airflow/network-policies.yaml', schedulerBlocked, () => planted('manifests/airflow/rbac.yaml', execPods, () => planted('manifests/airflow/scheduler.yaml', hostPath, () => planted('manifests/airflow/config.yaml', examples, () => {
      const r = nx('run', 'airflow-manifests:security');
      expect(r.code, r.out).toBe(1);
      expect(failing('airflow-manifests', 'rbac').sort()).toEqual(['permission-beyond-need', 'pod-exec']);
      expect(failing('airflow-manifests', 'pod-security')).toEqual(['restrictedVolumes']);
      expect(failing('airflow-manifests', 'airflow')).toEqual(['load-examples']);
      expect(failing('airflow-manifests', 'network-policy')).toEqual(['intended-blocked']);
      for (const t of ['rbac', 'pod-security', 'airflow', 'network-policy']) expect(r.out).toContain(`✗ flightcheck airflow-manifests:${t}: FAILED`);
      expect(r.out).toContain('✓ flightcheck airflow-manifests:compliance: PASSED');
    }))));
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

  it("a waived finding passes, and the run's summary counts it once per check and reason, in a workspace without the source condition too", () => {
    planted('manifests/airflow/config.yaml', leak, () => {
      planted('flightcheck.waivers.yaml', () => 'waivers:\n  - rule: connection-uri-password\n    check: secrets\n    reason: test database (SEC-7)\n', () => {
        // a user's workspace: no tsconfig export condition, Nx resolves @flightcheck/core to its build
        planted('tsconfig.base.json', () => '{}\n', () => {
          const r = nx('run-many', '-t', 'security', '-p', 'workspace');
          expect(r.code, r.out).toBe(0);
          const summary = r.out.slice(r.out.lastIndexOf('flightcheck gate: 1 project, '));
          expect(summary).toContain('  ✓ flightcheck workspace:secrets: PASSED · 0 findings · 1 suppressed\n  ');
          // the reason once in the run's summary, and once in the secrets task's own report; not in security's lines
          expect(r.out.match(/suppressed 1 × secrets \(waiver: test database \(SEC-7\)\)/g), r.out).toHaveLength(1);
          expect(summary).toContain('  suppressed 1 × secrets (waiver: test database (SEC-7))\nflightcheck gate: PASSED (1 project)');
          expect(r.out.match(/SUPPRESSED +1 × waiver: test database \(SEC-7\)/g), r.out).toHaveLength(1);
          expect(r.out).not.toContain(password);
        });
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

// The release path as tools/gate.mjs runs it in the local profile: the image built on the offline base is
// scanned against the Debian archive apt reaches, pushed to a registry on 127.0.0.1, signed by digest with
// the local key, and verify-signature checks a copy of the manifests pinned to that digest.
describe.skipIf(process.env.FLIGHTCHECK_E2E_ONCE_DONE === '1')('the gate through Nx on the release path (image-scan, verify-signature)', () => {
  type Pushed = { repository: string; ref: string; digest: string; pinned: string };
  let registry: { host: string; stop: () => Promise<void> };
  let signed: Pushed;
  const saved = { ...process.env };
  const pushedRefs: string[] = [];
  const image = () => (JSON.parse(readFileSync(join(ws, 'dist/flightcheck/airflow-image/image.json'), 'utf8')) as { imageId: string }).imageId;
  const pin = (to: Pushed) => pinManifests({ manifestsDir: join(ws, 'manifests/airflow'), outDir: join(ws, 'dist/flightcheck/local-release/manifests/airflow'), repositories: ['ghcr.io/example/airflow'], replacement: to.pinned });
  const push = async (tag: string): Promise<Pushed> => {
    const p = (await pushLocal({ image: image(), registry, name: 'verdict-e2e-airflow', tag })) as Pushed;
    pushedRefs.push(p.ref);
    return p;
  };

  beforeAll(async () => {
    const nxJson = JSON.parse(readFileSync(join(ws, 'nx.json'), 'utf8'));
    nxJson.plugins[0].options.disable = ['sign'];
    writeFileSync(join(ws, 'nx.json'), JSON.stringify(nxJson, null, 2));
    // the archive apt uses (read from the apt sources, never written here); cosign as the setup installed it
    process.env.FLIGHTCHECK_DEBIAN_MIRROR = (await debianMirror('bookworm')).uri;
    process.env.FLIGHTCHECK_DEBIAN_SECURITY_MIRROR = (await debianSecurityMirror('bookworm')).uri;
    process.env.FLIGHTCHECK_OSV_DB = '';
    process.env.FLIGHTCHECK_TRIVY = '/no/trivy';
    process.env.COSIGN_BIN = await findCosign();
    registry = await startRegistry();
    const key = (await ensureLocalKey()) as { key: string; pub: string; passwordFile: string };
    mkdirSync(join(ws, 'dist/flightcheck/local-release'), { recursive: true });
    cpSync(key.pub, join(ws, 'dist/flightcheck/local-release/cosign.pub'));
    // the shipped image, built by the gate's own image-build task, pushed and signed by digest
    const build = nx('run', 'airflow-image:image-build');
    expect(build.code, build.out).toBe(0);
    signed = await push('3.1.8');
    process.env.COSIGN_PASSWORD = readFileSync(key.passwordFile, 'utf8'); // for signing only: verifying needs none
    const sign = run(process.execPath, [join(repo, 'packages/cli/bin/flightcheck.js'), 'sign', '--image', `${signed.repository}@${signed.digest}`, '--key', key.key]);
    delete process.env.COSIGN_PASSWORD;
    expect(sign.code, sign.out).toBe(0);
    expect(await pin(signed)).toBeGreaterThan(0);
  }, 900_000);

  afterAll(async () => {
    await registry?.stop();
    if (pushedRefs.length) spawnSync('docker', ['rmi', ...pushedRefs], { stdio: 'ignore' });
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  });

  it('passes the shipped workload: image-scan finds nothing to fix, verify-signature verifies the pinned digest', () => {
    const r = nx('run-many', '-t', 'security');
    expect(r.code, r.out).toBe(0);
    expect(report('airflow-image', 'image-scan').results.map((x) => x.error)).toEqual([undefined]);
    expect(failing('airflow-image', 'image-scan')).toEqual([]);
    expect(failing('airflow-manifests', 'verify-signature')).toEqual([]);
    expect(report('airflow-manifests', 'verify-signature').results.flatMap((x) => x.findings).filter((f) => f.status === 'pass').length).toBeGreaterThan(0);
    expect(r.out).toContain('✓ flightcheck airflow-image:image-scan: PASSED');
    expect(r.out).toContain('✓ flightcheck airflow-manifests:verify-signature: PASSED');
    expect(r.out.trim().split('\n').pop()).toBe('flightcheck gate: PASSED (3 projects)');
  });

  it('the help pointers of image-scan and verify-signature name commands that exist', async () => {
    const helps = await helpPointers(['airflow-image', 'airflow-manifests'], /:(image-scan|verify-signature)$/);
    expect(helps.map((h) => h.target).sort()).toEqual(['airflow-image:image-scan', 'airflow-manifests:verify-signature']);
    for (const h of helps) {
      expect(h.code, `${h.target}: ${h.command}\n${h.out}`).toBe(0);
      expect(h.out, `${h.target}: ${h.command}`).toMatch(/Options|options/);
    }
  });

  it('image-scan fails the gate on openssl held below its security update; verify-signature on that image pushed unsigned', async () => {
    // the release suite's openssl, older than bookworm-security's (the scan names the fixed version)
    const downgrade = 'RUN apt-get update -o Acquire::Languages=none \\\n && apt-get install -y --allow-downgrades --no-install-recommends libssl3/bookworm openssl/bookworm \\\n && rm -rf /var/lib/apt/lists/*\nWORKDIR /opt/airflow\nUSER 50000:50000';
    planted('images/airflow/Dockerfile', (t) => t.replace('WORKDIR /opt/airflow\nUSER 50000:50000', downgrade), () => {
      const r = nx('run', 'airflow-image:security');
      expect(r.code, r.out).toBe(1);
      const scan = report('airflow-image', 'image-scan').results.flatMap((x) => x.findings).filter((f) => f.status === 'fail') as unknown as { ruleId: string; properties: Record<string, unknown> }[];
      expect(scan.length, r.out).toBeGreaterThan(0);
      expect(new Set(scan.map((f) => f.properties.sourcePackage))).toEqual(new Set(['openssl']));
      for (const f of scan) expect(f.ruleId).toMatch(/^CVE-\d{4}-\d+$/);
      expect(report('airflow-image', 'image-scan').verdict.checks).toContainEqual(expect.objectContaining({ check: 'image-scan', failed: true }));
      expect(r.out).toContain('✗ flightcheck airflow-image:image-scan: FAILED');
    });
    // the vulnerable build, pushed but never signed, pinned in the manifests
    const unsigned = await push('unsigned');
    expect(unsigned.digest).not.toBe(signed.digest);
    await pin(unsigned);
    try {
      const r = nx('run', 'airflow-manifests:security');
      expect(r.code, r.out).toBe(1);
      expect([...new Set(failing('airflow-manifests', 'verify-signature'))]).toEqual(['signature-missing']);
      expect(r.out).toContain('✗ flightcheck airflow-manifests:verify-signature: FAILED');
    } finally {
      await pin(signed);
    }
  }, 900_000);
});
