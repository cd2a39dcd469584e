import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The launcher (bin/flightcheck.js) runs the command's bundle (tools/bundle-cli.mjs) through V8's code cache.
// Whatever it runs, the output must be what the compiled modules give.
const root = new URL('../../..', import.meta.url).pathname;
const bin = join(root, 'packages/cli/bin/flightcheck.js');
const bundles = join(root, 'packages/cli/dist/bundles');
const index = JSON.parse(readFileSync(join(bundles, 'index.json'), 'utf8')) as {
  bundles: Record<string, { file: string; format: string; inputs: [string, number][] }>;
  commands: Record<string, string>;
};

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the CLI launcher', () => {
  it('has a bundle for every declared command of the built-in packages, CommonJS where it can', () => {
    for (const cmd of ['airflow', 'compliance', 'dockerfile-lint', 'image-scan', 'sbom', 'osv-db', 'permissions', 'secrets', 'sign', 'verify', 'verify-manifests']) {
      expect(index.commands[cmd], cmd).toBeDefined();
    }
    expect(index.bundles.compliance!.format).toBe('cjs');
    expect(index.bundles.compliance!.inputs.length).toBeGreaterThan(50);
  });

  it.each([
    [['--help']],
    [['compliance', 'manifests/airflow', '--format', 'json']],
    [['compliance', 'manifests/airflow', '--format', 'kube-score-ci']],
    [['dockerfile-lint', 'images/airflow/Dockerfile', '--no-shellcheck', '--format', 'json']],
    [['secrets', '--help']],
    [['no-such-command']],
    [['compliance', '--föö']],
    [['--format', 'json', 'compliance', 'manifests/airflow']],
  ])('prints what the compiled modules print: %j', (args) => {
    const bundled = run(args);
    const plain = run(args, { FLIGHTCHECK_NO_BUNDLE: '1' });
    const strip = (s: string) => s.replace(/"(durationMs|startedAt|generatedAt|time)":\s*[^,}\n]+/g, '"$1":0');
    expect(bundled.code).toBe(plain.code);
    expect(strip(bundled.stdout)).toBe(strip(plain.stdout));
    expect(bundled.stderr).toBe(plain.stderr);
  });

  it('prints what the compiled modules print where yaml loads on first use (bundle-cli: lazy-yaml): policy read afresh, a hadolint configuration, a broken one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-lazy-yaml-'));
    try {
      writeFileSync(join(dir, 'ok.yaml'), 'ignored:\n  - DL3008\nfailure-threshold: error\n');
      writeFileSync(join(dir, 'bad.yaml'), 'ignored: [DL3008\n  - x: {\n');
      const cases: [string[], Record<string, string>][] = [
        [['compliance', 'manifests/airflow', '--format', 'json'], { FLIGHTCHECK_NO_POLICY_CACHE: '1' }],
        [['dockerfile-lint', 'images/airflow/Dockerfile', '--no-shellcheck', '-c', join(dir, 'ok.yaml'), '--format', 'json'], {}],
        [['dockerfile-lint', 'images/airflow/Dockerfile', '--no-shellcheck', '-c', join(dir, 'bad.yaml')], {}],
      ];
      const strip = (s: string) => s.replace(/"(durationMs|startedAt|generatedAt|time)":\s*[^,}\n]+/g, '"$1":0');
      for (const [args, env] of cases) {
        const bundled = run(args, env);
        const plain = run(args, { ...env, FLIGHTCHECK_NO_BUNDLE: '1' });
        expect([bundled.code, strip(bundled.stdout), bundled.stderr], args.join(' ')).toEqual([plain.code, strip(plain.stdout), plain.stderr]);
      }
      expect(run(cases[2]![0]).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes a code cache once, owner-only, and uses it on the next run', () => {
    const cache = mkdtempSync(join(tmpdir(), 'fc-v8-'));
    const env = { XDG_CACHE_HOME: cache };
    expect(run(['--help'], env).code).toBe(0);
    const dir = join(cache, 'flightcheck', 'v8');
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^main\.cjs-[0-9a-f]{8}-\d+-\d+-v\d+\.\d+\.\d+-x64\.bin$/);
    expect(statSync(join(dir, files[0]!)).mode & 0o777).toBe(0o600);
    const before = statSync(join(dir, files[0]!)).mtimeMs;
    expect(run(['--help'], env).code).toBe(0);
    expect(statSync(join(dir, files[0]!)).mtimeMs).toBe(before); // accepted, not rewritten
  });

  it('replaces the cache of an earlier build of the same bundle, and leaves other bundles, checkouts and runtimes alone', () => {
    const cache = mkdtempSync(join(tmpdir(), 'fc-v8-'));
    const env = { XDG_CACHE_HOME: cache };
    const dir = join(cache, 'flightcheck', 'v8');
    expect(run(['--help'], env).code).toBe(0);
    const [current] = readdirSync(dir);
    const m = /^(main\.cjs-[0-9a-f]{8})-\d+-\d+-(v[\d.]+-x64\.bin)$/.exec(current!)!;
    const stale = `${m[1]}-1-2-${m[2]}`;
    const keep = [`${m[1]}-1-2-v99.0.0-x64.bin`, `main.cjs-00000000-1-2-${m[2]}`, `compliance.cjs-${m[1].slice(-8)}-1-2-${m[2]}`, 'notes.txt'];
    for (const f of [stale, ...keep]) writeFileSync(join(dir, f), 'x');
    rmSync(join(dir, current!));
    expect(run(['--help'], env).code).toBe(0); // no cache for this build: made, and the earlier build's dropped
    expect(readdirSync(dir).sort()).toEqual([current!, ...keep].sort());
  });

  it('keeps the code cache of a bundle whose package sets V8 flags at run time (dockerfile-lint): made once, then accepted', () => {
    expect(index.bundles['dockerfile-lint']!.format).toBe('cjs');
    const cache = mkdtempSync(join(tmpdir(), 'fc-v8-'));
    const env = { XDG_CACHE_HOME: cache };
    const args = ['dockerfile-lint', 'images/airflow/Dockerfile', '--no-shellcheck'];
    expect(run(args, env).code).toBe(0);
    const dir = join(cache, 'flightcheck', 'v8');
    const [file] = readdirSync(dir);
    const before = statSync(join(dir, file!)).mtimeMs;
    expect(run(args, env).code).toBe(0);
    expect(readdirSync(dir)).toEqual([file]);
    expect(statSync(join(dir, file!)).mtimeMs).toBe(before); // not rejected and made again
  });

  it("runs a package's preload with the command line before its bundle: dockerfile-lint starts its WebAssembly compile there", () => {
    const entry = index.bundles['dockerfile-lint'] as { preload?: string };
    expect(entry.preload).toBe('dockerfile-lint.preload.cjs');
    // the built preload, as the launcher calls it: a lint leaves both compiles for the parser, --help none
    const probe = (argv: string[]) =>
      spawnSync(
        process.execPath,
        ['-e', `require(${JSON.stringify(join(bundles, entry.preload!))}).default(${JSON.stringify(argv)}); const c = globalThis[Symbol.for('@flightcheck/dockerfile-lint:early-wasm-compile')]; if (!c) console.log('none'); else Promise.all([c.runtime, c.grammar]).then((m) => console.log(m.map((x) => x instanceof WebAssembly.Module).join(' ')))`],
        { encoding: 'utf8', timeout: 60_000 },
      ).stdout.trim();
    expect(probe(['dockerfile-lint', 'images/airflow/Dockerfile'])).toBe('true true');
    expect(probe(['dockerfile-lint', '--help'])).toBe('none');
  });

  it('a build with no input changed rebuilds no bundle; a changed input makes them stale', () => {
    const script = join(root, 'tools/bundle-cli.mjs');
    const check = () => spawnSync(process.execPath, [script, '--check'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    const before = statSync(join(bundles, 'index.json')).mtimeMs;
    const noop = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(noop.stdout).toMatch(/up to date/);
    expect(statSync(join(bundles, 'index.json')).mtimeMs).toBe(before);
    expect(check().status).toBe(0);
    const [file, mtimeMs] = index.bundles.compliance!.inputs.at(-1)!;
    const path = join(root, 'packages/cli', file);
    try {
      utimesSync(path, new Date(), new Date(Date.now() + 5_000));
      const stale = check();
      expect(stale.status).toBe(1);
      expect(stale.stdout).toMatch(/stale/);
    } finally {
      utimesSync(path, new Date(), (mtimeMs + 0.5) / 1000);
    }
    expect(check().status).toBe(0);
  });

  it('runs the compiled modules when a file of the bundle changed since it was made', () => {
    const [file, mtimeMs] = index.bundles.compliance!.inputs[0]!;
    const path = join(root, 'packages/cli', file);
    const cache = mkdtempSync(join(tmpdir(), 'fc-v8-'));
    try {
      utimesSync(path, new Date(), new Date(Date.now() + 5_000));
      const r = run(['compliance', 'manifests/airflow'], { XDG_CACHE_HOME: cache });
      expect(r.code).toBe(0);
      // the bundle did not run, so it left no code cache
      expect(() => readdirSync(join(cache, 'flightcheck', 'v8'))).toThrow();
    } finally {
      utimesSync(path, new Date(), (mtimeMs + 0.5) / 1000);
    }
    expect(Math.abs(Math.trunc(statSync(path).mtimeMs) - mtimeMs)).toBeLessThanOrEqual(1);
  });
  it("runs a preload before it checks the bundle's inputs, and lets the event loop turn once before the command starts", () => {
    // a copy of the launcher beside bundles of our own: the preload starts work that needs one turn of the event
    // loop (as V8's asynchronous WebAssembly compile does), the command reports whether that turn came first; with
    // an input changed the preload still runs (a hint), and the compiled modules run instead of the bundle
    const dir = mkdtempSync(join(tmpdir(), 'fc-launcher-'));
    try {
      for (const d of ['bin', 'dist/bundles', 'src']) mkdirSync(join(dir, d), { recursive: true });
      copyFileSync(bin, join(dir, 'bin', 'flightcheck.js'));
      copyFileSync(join(root, 'packages/cli/bin/package.json'), join(dir, 'bin', 'package.json'));
      writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
      writeFileSync(join(dir, 'src', 'a.js'), '// an input of the bundle\n');
      const mtime = Math.trunc(statSync(join(dir, 'src', 'a.js')).mtimeMs);
      writeFileSync(join(dir, 'dist/bundles/x.preload.cjs'), "exports.default = (argv) => { globalThis.pre = argv.join(' '); setImmediate(() => { globalThis.turned = true; }); };\n");
      const report = '`${globalThis.pre} turned=${globalThis.turned === true}\\n`';
      writeFileSync(join(dir, 'dist/bundles/x.cjs'), `exports.default = async () => { process.stdout.write('bundle ' + ${report}); return 0; };\n`);
      writeFileSync(join(dir, 'dist/main.js'), `export async function main() { process.stdout.write('modules ' + ${report}); return 0; }\n`);
      const launch = (inputMtime: number) => {
        const entry = { file: 'x.cjs', format: 'cjs', preload: 'x.preload.cjs', inputs: [['src/a.js', inputMtime]] };
        writeFileSync(join(dir, 'dist/bundles/index.json'), JSON.stringify({ schemaVersion: 1, commands: { x: 'x' }, bundles: { x: entry } }));
        const r = spawnSync(process.execPath, [join(dir, 'bin', 'flightcheck.js'), 'x', 'y'], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, FLIGHTCHECK_NO_CODE_CACHE: '1' } });
        return [r.status, r.stdout, r.stderr];
      };
      expect(launch(mtime)).toEqual([0, 'bundle x y turned=true\n', '']);
      expect(launch(mtime - 60_000)).toEqual([0, 'modules x y turned=true\n', '']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('fails closed when the run is left waiting on a promise that can never settle: exit 2 and a reason, not a silent 0', () => {
    // a copy of the launcher beside a dist/main.js of our own: one main never settles (what a WebAssembly compile
    // did on Node 24 under a V8 flag set at run time), one ends normally
    const dir = mkdtempSync(join(tmpdir(), 'fc-launcher-'));
    try {
      mkdirSync(join(dir, 'bin'));
      mkdirSync(join(dir, 'dist'));
      copyFileSync(bin, join(dir, 'bin', 'flightcheck.js'));
      copyFileSync(join(root, 'packages/cli/bin/package.json'), join(dir, 'bin', 'package.json'));
      writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
      const launch = (main: string) => {
        writeFileSync(join(dir, 'dist', 'main.js'), main);
        return spawnSync(process.execPath, [join(dir, 'bin', 'flightcheck.js'), 'x'], { encoding: 'utf8', timeout: 30_000 });
      };
      const hung = launch('export function main() { return new Promise(() => {}); }\n');
      expect(hung.status).toBe(2);
      expect(hung.stdout).toBe('');
      expect(hung.stderr).toBe('flightcheck: internal error: the run ended before it finished (no report was made)\n');
      const fine = launch('export async function main() { process.stdout.write("ok\\n"); return 0; }\n');
      expect([fine.status, fine.stdout, fine.stderr]).toEqual([0, 'ok\n', '']);
      const failed = launch('export async function main() { return 1; }\n');
      expect([failed.status, failed.stderr]).toEqual([1, '']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
