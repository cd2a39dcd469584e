import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { until } from '@flightcheck/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The parent Nx task being stopped: the real nx CLI runs dockerfile-lint (the executor, in Nx's task process) on a
// RUN that nests `$(` 3,000 deep, so that real ShellCheck is busy under its bounds; nx is then stopped as a user
// (Ctrl-C: SIGINT to its process group) or a CI job's timeout (SIGTERM to nx alone) would. Afterwards no process
// that flightcheck started is left: each carries FLIGHTCHECK_OWNER, and this test's own TMPDIR in its environment.
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const NX = join(repo, 'node_modules/nx', (JSON.parse(readFileSync(join(repo, 'node_modules/nx/package.json'), 'utf8')) as { bin: { nx: string } }).bin.nx);
const hasShellcheck = ['/usr/bin/shellcheck', '/bin/shellcheck', '/usr/local/bin/shellcheck'].some((p) => existsSync(p));

/** Live processes started by flightcheck (FLIGHTCHECK_OWNER set) whose environment holds `TMPDIR=<tmp>`. */
function ours(tmp: string): { pid: number; command: string }[] {
  const out: { pid: number; command: string }[] = [];
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      if (/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3))) continue;
      const env = readFileSync(`/proc/${e}/environ`, 'latin1').split('\0');
      if (env.includes(`TMPDIR=${tmp}`) && env.some((v) => v.startsWith('FLIGHTCHECK_OWNER='))) out.push({ pid: Number(e), command: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) });
    } catch {
      // ended meanwhile, or not ours to read
    }
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let ws: string;
beforeAll(() => {
  for (const pkg of ['nx-plugin', 'core', 'dockerfile-lint']) if (!existsSync(join(repo, 'packages', pkg, 'dist'))) throw new Error(`packages/${pkg} is not built: run \`npm run build\` first`);
  ws = mkdtempSync(join(tmpdir(), 'fc-nx-survivors-'));
  mkdirSync(join(ws, 'node_modules'));
  for (const e of readdirSync(join(repo, 'node_modules'))) if (e !== '.cache') symlinkSync(join(repo, 'node_modules', e), join(ws, 'node_modules', e));
  mkdirSync(join(ws, 'images/hostile'), { recursive: true });
  writeFileSync(join(ws, 'images/hostile/Dockerfile'), `FROM debian:12.5\nRUN echo $1\nRUN echo ${'$('.repeat(3000)}x${')'.repeat(3000)}\n`);
  writeFileSync(join(ws, 'package.json'), JSON.stringify({ name: 'survivors-ws', private: true, type: 'module' }));
  writeFileSync(join(ws, '.gitignore'), 'node_modules\n.nx\ndist\n');
  cpSync(join(repo, '.env'), join(ws, '.env'));
  writeFileSync(join(ws, 'nx.json'), JSON.stringify({ neverConnectToCloud: true, tui: { enabled: false }, plugins: [{ plugin: '@flightcheck/nx-plugin', options: { disable: ['image-build', 'image-scan', 'permissions', 'sign', 'verify-signature', 'airflow'] } }] }));
  const git = (args: string[]) => execFileSync('git', ['-c', 'user.email=t@test', '-c', 'user.name=t', ...args], { cwd: ws, stdio: 'ignore' });
  git(['init', '-q', '-b', 'main']);
  git(['add', '.']);
  git(['commit', '-qm', 'init']);
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

describe.skipIf(!hasShellcheck && !process.env.CI)('no process survives a stopped Nx task', () => {
  for (const how of [{ signal: 'SIGINT', group: true, as: 'Ctrl-C (SIGINT to the process group)' }, { signal: 'SIGTERM', group: false, as: 'a CI timeout (SIGTERM to nx alone)' }] as const) {
    it(`nx run hostile-image:dockerfile-lint stopped by ${how.as} while ShellCheck runs: no survivor`, async () => {
      const tmp = mkdtempSync(join(ws, `tmp-${how.signal}-`));
      const nx = spawn(process.execPath, [NX, 'run', 'hostile-image:dockerfile-lint', '--skip-nx-cache', '--outputStyle=static'], {
        cwd: ws,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, TMPDIR: tmp, FORCE_COLOR: '0', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', CI: 'true' },
      });
      let out = '';
      nx.stdout.on('data', (c: Buffer) => (out += c.toString()));
      nx.stderr.on('data', (c: Buffer) => (out += c.toString()));
      const ended = new Promise<void>((r) => nx.on('exit', () => r()));
      try {
        const running = await until(() => {
          const p = ours(tmp).filter((x) => x.command === 'shellcheck');
          return p.length ? p : undefined;
        }, 120_000);
        expect(running, `ShellCheck never started under nx:\n${out.slice(-2000)}`).toBeDefined();
        await sleep(300);
        expect(ours(tmp).length, 'ShellCheck had already ended before the signal').toBeGreaterThan(0);
        process.kill(how.group ? -nx.pid! : nx.pid!, how.signal);
        const done = await Promise.race([ended.then(() => true), sleep(30_000).then(() => false)]);
        expect(done, `nx did not end within 30 s of ${how.signal}`).toBe(true);
        // ShellCheck's own wall bound is 10 s: a survivor must be seen gone well before it would have timed out
        const left = await until(() => (ours(tmp).length ? undefined : []), 3_000);
        expect(left, `left behind: ${JSON.stringify(ours(tmp))}`).toEqual([]);
      } finally {
        try {
          process.kill(-nx.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }, 240_000);
  }
});
