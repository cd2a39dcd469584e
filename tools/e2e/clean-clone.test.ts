// From a clean clone, as a new user: `npm ci` (offline, from npm's cache), `nx g @flightcheck/nx-plugin:check`,
// and the new check runs at once under `nx run-many -t security` (the generator links and builds it).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../..', import.meta.url));
let clone: string;

function run(cmd: string, args: string[], timeout = 900_000) {
  const r = spawnSync(cmd, args, {
    cwd: clone,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', CI: 'true', FORCE_COLOR: '0', NO_COLOR: '1', npm_config_update_notifier: 'false' },
  });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

beforeAll(() => {
  clone = mkdtempSync(join(tmpdir(), 'fc-clean-clone-'));
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: main, encoding: 'utf8' }).trim();
  execFileSync('git', ['clone', '-q', '--no-hardlinks', main, clone]);
  execFileSync('git', ['checkout', '-q', head], { cwd: clone });
  const ci = run('npm', ['ci', '--offline', '--no-audit', '--no-fund']);
  if (ci.code !== 0) throw new Error(`npm ci --offline failed in the clone:\n${ci.out.slice(-3000)}`);
}, 1_500_000);

afterAll(() => {
  if (clone && !process.env.FC_KEEP_E2E) rmSync(clone, { recursive: true, force: true });
});

// About ten minutes, most of it `npm ci` and the build of a fresh clone: CI runs it once, in the pass on the
// machine's Node, and sets FLIGHTCHECK_E2E_ONCE_DONE for the second pass (Node 24), where it would only install again.
describe.skipIf(process.env.FLIGHTCHECK_E2E_ONCE_DONE === '1')('a check generated in a clean clone', () => {
  it('is linked and built by the generator, and run-many -t security runs it at once', () => {
    const g = run(process.execPath, ['node_modules/nx/dist/bin/nx.js', 'g', '@flightcheck/nx-plugin:check', 'demo-lint', '--target', 'manifests']);
    expect(g.code, g.out).toBe(0);
    expect(g.out).toMatch(/flightcheck: npm install \(links packages\/demo-lint\): done in/);
    expect(g.out).toMatch(/flightcheck: build packages\/demo-lint: done in/);
    expect(existsSync(join(clone, 'node_modules/@flightcheck/demo-lint/package.json'))).toBe(true);
    expect(existsSync(join(clone, 'packages/demo-lint/dist/executors/check/executor.js'))).toBe(true);
    expect(JSON.parse(readFileSync(join(clone, 'package-lock.json'), 'utf8')).packages['packages/demo-lint']).toBeDefined();

    const r = run(process.execPath, ['node_modules/nx/dist/bin/nx.js', 'run-many', '-t', 'security', '-p', 'airflow-manifests', '--outputStyle=static']);
    expect(r.out).toContain('nx run airflow-manifests:demo-lint');
    const report = JSON.parse(readFileSync(join(clone, 'dist/flightcheck/airflow-manifests/demo-lint.json'), 'utf8'));
    expect(report.verdict.passed).toBe(true);
    expect(r.out).toContain('✓ flightcheck airflow-manifests:demo-lint: PASSED');
    // verify-signature fails closed here (no registry to ask); every other check of the project passes
    const failed = [...r.out.matchAll(/✗ flightcheck airflow-manifests:([a-z-]+): FAILED/g)].map((m) => m[1]);
    expect(failed.filter((t) => t !== 'verify-signature'), r.out).toEqual([]);
    expect(r.code, r.out).toBe(failed.length ? 1 : 0);

    // and it fails the gate on what its rule finds
    writeFileSync(join(clone, 'manifests/airflow/config.yaml'), `${readFileSync(join(clone, 'manifests/airflow/config.yaml'), 'utf8')}# ${['DO', 'NOT', 'SHIP'].join('-')}: before release\n`);
    const bad = run(process.execPath, ['node_modules/nx/dist/bin/nx.js', 'run', 'airflow-manifests:demo-lint', '--outputStyle=static']);
    expect(bad.code, bad.out).toBe(1);
    expect(bad.out).toContain('demo-lint-marker');
  });
});
