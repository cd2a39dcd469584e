import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// End to end with the real nx CLI in a temporary git workspace that holds the shipped Airflow
// Dockerfile and manifests, the built flightcheck packages, and one custom check package.
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const NX = join(repo, 'node_modules/nx', (JSON.parse(readFileSync(join(repo, 'node_modules/nx/package.json'), 'utf8')) as { bin: { nx: string } }).bin.nx);

function sh(cwd: string, cmd: string, args: string[]) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function nx(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [NX, ...args, '--outputStyle=static'], {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_SKIP_LOG_GROUPING: 'true', CI: 'true' },
  });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

let ws: string;

beforeAll(() => {
  for (const pkg of ['nx-plugin', 'core', 'dockerfile-lint', 'compliance', 'rbac', 'pod-security', 'airflow', 'network-policy']) {
    if (!existsSync(join(repo, 'packages', pkg, 'dist'))) throw new Error(`packages/${pkg} is not built: run \`npm run build\` first`);
  }
  ws = mkdtempSync(join(tmpdir(), 'fc-nx-e2e-'));
  // node_modules: every entry of the workspace's, plus the custom check package
  mkdirSync(join(ws, 'node_modules/@example'), { recursive: true });
  for (const e of readdirSync(join(repo, 'node_modules'))) {
    if (e === '@example' || e === '.cache') continue;
    symlinkSync(join(repo, 'node_modules', e), join(ws, 'node_modules', e));
  }
  cpSync(join(here, 'fixtures/example-check'), join(ws, 'packages/example-check'), { recursive: true });
  symlinkSync(join(ws, 'packages/example-check'), join(ws, 'node_modules/@example/fixme-check'));
  cpSync(join(repo, 'images/airflow'), join(ws, 'images/airflow'), { recursive: true });
  cpSync(join(repo, 'manifests/airflow'), join(ws, 'manifests/airflow'), { recursive: true });
  writeFileSync(join(ws, 'package.json'), JSON.stringify({ name: 'e2e-ws', private: true, type: 'module' }));
  writeFileSync(join(ws, '.gitignore'), 'node_modules\n.nx\ndist\n');
  // the repository's Nx settings: plugins in process, task-level affected
  cpSync(join(repo, '.env'), join(ws, '.env'));
  // the repository's policy: what the shipped manifests declare (rbac needs, network intent, pod-security level)
  cpSync(join(repo, 'flightcheck.yaml'), join(ws, 'flightcheck.yaml'));
  writeFileSync(
    join(ws, 'nx.json'),
    JSON.stringify({
      neverConnectToCloud: true,
      tui: { enabled: false },
      plugins: [
        {
          plugin: '@flightcheck/nx-plugin',
          options: {
            // the Docker-engine targets have integration tests of their own
            disable: ['image-build', 'image-scan', 'permissions', 'sign', 'verify-signature'],
            checks: [{ target: 'fixme', executor: '@example/fixme-check:run', appliesTo: 'manifests', description: 'No FIXME markers' }],
          },
        },
      ],
    }),
  );
  sh(ws, 'git', ['init', '-q', '-b', 'main']);
  sh(ws, 'git', ['-c', 'user.email=e2e@test', '-c', 'user.name=e2e', 'add', '.']);
  sh(ws, 'git', ['-c', 'user.email=e2e@test', '-c', 'user.name=e2e', 'commit', '-qm', 'init']);
});

describe('nx with the flightcheck plugin', () => {
  it('infers the projects and their security targets', () => {
    const r = nx(ws, ['show', 'project', 'airflow-manifests', '--json']);
    expect(r.code, r.out).toBe(0);
    const p = JSON.parse(r.out.slice(r.out.indexOf('{'), r.out.lastIndexOf('}') + 1));
    // every manifests check of this workspace, then the custom one, then the gate
    expect(Object.keys(p.targets).sort()).toEqual(['airflow', 'compliance', 'fixme', 'network-policy', 'pod-security', 'rbac', 'security']);
    // the gate forwards deferVerdict to checks whose executor declares it (every built-in one, and the fixture's)
    expect(p.targets.security.executor).toBe('@flightcheck/nx-plugin:gate');
    expect(p.targets.security.dependsOn).toEqual(['compliance', 'rbac', 'pod-security', 'airflow', 'network-policy', 'fixme'].map((target) => ({ target, options: 'forward' })));
  });

  it('run-many -t security runs every check and passes on the shipped image and manifests', () => {
    const r = nx(ws, ['run-many', '-t', 'security']);
    expect(r.code, r.out).toBe(0);
    for (const t of ['airflow-image:dockerfile-lint', 'airflow-image:airflow', 'airflow-manifests:compliance', 'airflow-manifests:rbac', 'airflow-manifests:pod-security', 'airflow-manifests:airflow', 'airflow-manifests:network-policy', 'airflow-manifests:fixme']) expect(r.out).toContain(`nx run ${t}`);
    for (const f of ['airflow-image/dockerfile-lint.json', 'airflow-image/airflow.json', 'airflow-manifests/compliance.json', 'airflow-manifests/rbac.json', 'airflow-manifests/pod-security.json', 'airflow-manifests/airflow.json', 'airflow-manifests/network-policy.json', 'airflow-manifests/fixme.sarif']) expect(existsSync(join(ws, 'dist/flightcheck', f)), f).toBe(true);
    const report = JSON.parse(readFileSync(join(ws, 'dist/flightcheck/airflow-manifests/fixme.json'), 'utf8'));
    expect(report.results.length).toBeGreaterThan(3);
  });

  it('serves the second run from the cache', () => {
    const r = nx(ws, ['run-many', '-t', 'security']);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/Nx read the output from the cache instead of running the command for (\d+) out of \1 tasks/);
  });

  it('affected runs the manifests project only after a manifest change, and a failing check fails the gate', () => {
    const file = join(ws, 'manifests/airflow', readdirSync(join(ws, 'manifests/airflow')).find((f) => f.endsWith('.yaml'))!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# FIXME: reviewed?\n`);
    sh(ws, 'git', ['-c', 'user.email=e2e@test', '-c', 'user.name=e2e', 'commit', '-qam', 'touch a manifest']);
    const r = nx(ws, ['affected', '-t', 'security', '--base=HEAD~1', '--head=HEAD']);
    expect(r.out).toContain('nx run airflow-manifests:fixme');
    expect(r.out).not.toContain('airflow-image');
    expect(r.code, r.out).toBe(1); // the FIXME is a high finding; 1, not Nx's 130 for a skipped task
    expect(r.out).toMatch(/HIGH\s+no-fixme/);
  });

  it('affected selects tasks: a Dockerfile change runs the image checks, not the manifests checks', () => {
    const file = join(ws, 'images/airflow/Dockerfile');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# reviewed\n`);
    sh(ws, 'git', ['-c', 'user.email=e2e@test', '-c', 'user.name=e2e', 'commit', '-qam', 'touch the Dockerfile']);
    const r = nx(ws, ['affected', '-t', 'security', '--base=HEAD~1', '--head=HEAD']);
    expect(r.out).toContain('nx run airflow-image:dockerfile-lint');
    expect(r.out).not.toContain('airflow-manifests:compliance');
    expect(r.out).not.toContain('airflow-manifests:fixme');
  });
});

