// End to end: in a temporary copy of the workspace, (1) generate checks with `nx g @flightcheck/nx-plugin:check`,
// build them, and see `nx run-many -t security` run them and their own tests pass; (2) install the example
// external plugin (examples/external-check, packed with `npm pack`) and run its CLI command and its nx target.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../..', import.meta.url));
const nx = join(main, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');
const tsc = join(main, 'node_modules', 'typescript', 'bin', 'tsc');
const vitest = join(main, 'node_modules', 'vitest', 'vitest.mjs');
let ws: string;

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd: ws, encoding: 'utf8', timeout: 300_000, env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', CI: 'true', FORCE_COLOR: '0', ...env } });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}
const nxRun = (...args: string[]) => run(process.execPath, [nx, ...args]);
const link = (name: string, target: string) => symlinkSync(target, join(ws, 'node_modules', ...name.split('/')));

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'fc-e2e-plugins-'));
  execFileSync('git', ['init', '-q', ws]);
  const skip = (src: string) => !/\/(node_modules|\.nx)(\/|$)/.test(src) && !src.includes('/dist/flightcheck');
  for (const p of ['core', 'cli', 'nx-plugin']) {
    cpSync(join(main, 'packages', p), join(ws, 'packages', p), { recursive: true, filter: skip });
    // a package's own node_modules holds the versions it pins (e.g. yaml 2) when the hoisted one differs
    if (existsSync(join(main, 'packages', p, 'node_modules'))) symlinkSync(join(main, 'packages', p, 'node_modules'), join(ws, 'packages', p, 'node_modules'));
  }
  for (const f of ['package.json', 'tsconfig.shared.json', 'vitest.config.ts', 'tools/vitest/setup.ts', '.gitignore']) cpSync(join(main, f), join(ws, f), { recursive: true });
  writeFileSync(join(ws, 'nx.json'), JSON.stringify({ plugins: ['@flightcheck/nx-plugin'], tui: { enabled: false }, analytics: false }, null, 2));
  writeFileSync(join(ws, 'tsconfig.json'), JSON.stringify({ files: [], references: [{ path: './packages/core' }] }, null, 2));
  writeFileSync(join(ws, 'tsconfig.build.json'), JSON.stringify({ files: [], references: [{ path: './packages/core/tsconfig.lib.json' }] }, null, 2));
  writeFileSync(join(ws, 'flightcheck.yaml'), 'failOn: high\n');
  mkdirSync(join(ws, 'manifests', 'demo'), { recursive: true });
  writeFileSync(join(ws, 'manifests', 'demo', 'deploy.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: demo\ndata:\n  mode: prod\n');
  mkdirSync(join(ws, 'images', 'demo'), { recursive: true });
  writeFileSync(join(ws, 'images', 'demo', 'Dockerfile'), 'FROM debian:bookworm-slim\nUSER 50000\n');
  // node_modules: one symlink per entry of the real workspace's, and @flightcheck/* pointing at the copies,
  // so that the packages made here can be linked the way npm install links workspace packages
  mkdirSync(join(ws, 'node_modules', '@flightcheck'), { recursive: true });
  for (const entry of readdirSync(join(main, 'node_modules'))) {
    if (entry !== '@flightcheck') symlinkSync(join(main, 'node_modules', entry), join(ws, 'node_modules', entry));
  }
  for (const p of ['core', 'cli', 'nx-plugin']) link(`@flightcheck/${p}`, join(ws, 'packages', p));
}, 120_000);

afterAll(() => {
  if (ws && !process.env.FC_KEEP_E2E) rmSync(ws, { recursive: true, force: true });
});

describe('nx g @flightcheck/nx-plugin:check', () => {
  it('generates a manifests check and a workspace check, and --dry-run writes nothing', () => {
    const dry = nxRun('g', '@flightcheck/nx-plugin:check', 'demo-check', '--target', 'manifests', '--dry-run');
    expect(dry.out).toContain('CREATE packages/demo-check/package.json');
    expect(existsSync(join(ws, 'packages', 'demo-check'))).toBe(false);
    for (const [name, target] of [['demo-check', 'manifests'], ['repo-scan', 'workspace']]) {
      // this copy's node_modules are links into the real workspace's: no npm install here (see clean-clone.test.ts)
      const r = nxRun('g', '@flightcheck/nx-plugin:check', name!, '--target', target!, '--skipInstall');
      expect(r.code, r.out).toBe(0);
      expect(r.out).toContain(`one command links and builds it: npm install --no-audit --no-fund && npx tsc -b packages/${name}/tsconfig.lib.json`);
      link(`@flightcheck/${name}`, join(ws, 'packages', name!)); // what npm install does for a new workspace package
    }
    const refs = JSON.parse(readFileSync(join(ws, 'tsconfig.build.json'), 'utf8')).references.map((r: { path: string }) => r.path);
    expect(refs).toEqual(expect.arrayContaining(['./packages/demo-check/tsconfig.lib.json', './packages/repo-scan/tsconfig.lib.json']));
  });

  it('refuses to generate the same check twice, with a clear message', () => {
    const r = nxRun('g', '@flightcheck/nx-plugin:check', 'demo-check');
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('packages/demo-check already exists: the check "demo-check" was generated before');
  });

  it('builds, and the generated packages pass their own tests', () => {
    const build = run(process.execPath, [tsc, '-b', 'tsconfig.build.json']);
    expect(build.code, build.out).toBe(0);
    const tests = run(process.execPath, [vitest, 'run', '--project', 'unit', 'packages/demo-check', 'packages/repo-scan']);
    expect(tests.code, tests.out).toBe(0);
    expect(tests.out).toMatch(/Tests\s+\d+ passed/);
  });

  it('nx run-many -t security runs the new targets (manifests project and workspace project)', () => {
    const graph = JSON.parse(nxRun('show', 'project', 'workspace', '--json').out.trim().split('\n').filter((l) => l.startsWith('{')).pop()!);
    // the generated executor declares deferVerdict, so security forwards it
    expect(graph.targets.security.dependsOn).toEqual([{ target: 'repo-scan', options: 'forward' }]);
    const r = nxRun('run-many', '-t', 'security', '--skip-nx-cache');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/demo-manifests:demo-check/);
    expect(r.out).toMatch(/workspace:repo-scan/);
    expect(JSON.parse(readFileSync(join(ws, 'dist', 'flightcheck', 'demo-manifests', 'demo-check.json'), 'utf8')).results[0].target).toBe('manifests/demo');
    expect(existsSync(join(ws, 'dist', 'flightcheck', 'workspace', 'repo-scan.sarif'))).toBe(true);
  });

  it('fails the gate when the generated rule finds something, through nx and through the CLI', () => {
    writeFileSync(join(ws, 'manifests', 'demo', 'deploy.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: demo # ${['DO', 'NOT', 'SHIP'].join('-')}: fix before merge\n`);
    const r = nxRun('run', 'demo-manifests:security', '--skip-nx-cache');
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('demo-check-marker');
    const cli = run(process.execPath, ['packages/cli/bin/flightcheck.js', 'demo-check', 'manifests', '--format', 'json']);
    expect(cli.code, cli.out).toBe(1);
    expect(cli.out).toContain('"ruleId": "demo-check-marker"');
  });
});

describe('an external plugin installed from a packed npm package', () => {
  it('is installed from its tarball and registered through nx.json checks and flightcheck.yaml plugins', () => {
    const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', ws, join(main, 'examples', 'external-check')], { encoding: 'utf8', timeout: 120_000 });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(ws, JSON.parse(pack.stdout)[0].filename);
    // what `npm install ./x.tgz` does for a package without dependencies: unpack it under node_modules
    const dest = join(ws, 'node_modules', '@acme', 'flightcheck-image-labels');
    mkdirSync(dest, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', dest, '--strip-components=1']);
    // and what it records: Nx hashes an installed plugin as an external dependency, known from the lock file
    const file = `file:${JSON.parse(pack.stdout)[0].filename}`;
    const pkg = JSON.parse(readFileSync(join(ws, 'package.json'), 'utf8'));
    pkg.devDependencies = { ...pkg.devDependencies, '@acme/flightcheck-image-labels': file };
    writeFileSync(join(ws, 'package.json'), JSON.stringify(pkg, null, 2));
    const lock = { name: pkg.name, version: pkg.version, lockfileVersion: 3, requires: true, packages: { '': { name: pkg.name, version: pkg.version, devDependencies: { '@acme/flightcheck-image-labels': file } }, 'node_modules/@acme/flightcheck-image-labels': { version: '1.0.0', resolved: file, dev: true, license: 'Apache-2.0' } } };
    writeFileSync(join(ws, 'package-lock.json'), JSON.stringify(lock, null, 2));
    const nxJson = JSON.parse(readFileSync(join(ws, 'nx.json'), 'utf8'));
    const entry = nxJson.plugins.find((p: { plugin?: string }) => p.plugin === '@flightcheck/nx-plugin');
    entry.options.checks.push({ target: 'image-labels', executor: '@acme/flightcheck-image-labels:check', appliesTo: 'images' });
    writeFileSync(join(ws, 'nx.json'), JSON.stringify(nxJson, null, 2));
    writeFileSync(join(ws, 'flightcheck.yaml'), 'failOn: medium\nplugins:\n  - "@acme/flightcheck-image-labels"\n');
  });

  it('runs its CLI command', () => {
    const r = run(process.execPath, ['packages/cli/bin/flightcheck.js', 'image-labels', 'images', '--format', 'json']);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('"ruleId": "oci-source-label"');
    writeFileSync(join(ws, 'images', 'demo', 'Dockerfile'), 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.source=https://example.org/demo\nUSER 50000\n');
    expect(run(process.execPath, ['packages/cli/bin/flightcheck.js', 'image-labels', 'images']).code).toBe(0);
  });

  it('runs as an nx target that security depends on', () => {
    const show = JSON.parse(nxRun('show', 'project', 'demo-image', '--json').out.trim().split('\n').filter((l) => l.startsWith('{')).pop()!);
    expect(show.targets.security.dependsOn).toContainEqual({ target: 'image-labels', options: 'forward' });
    const ok = nxRun('run', 'demo-image:security', '--skip-nx-cache');
    expect(ok.code, ok.out).toBe(0);
    expect(ok.out).toMatch(/demo-image:image-labels/);
    writeFileSync(join(ws, 'images', 'demo', 'Dockerfile'), 'FROM debian:bookworm-slim\nUSER 50000\n');
    const bad = nxRun('run', 'demo-image:image-labels', '--skip-nx-cache');
    expect(bad.code).not.toBe(0);
    expect(JSON.parse(readFileSync(join(ws, 'dist', 'flightcheck', 'demo-image', 'image-labels.json'), 'utf8')).results[0].findings[0].ruleId).toBe('oci-source-label');
  });
});
