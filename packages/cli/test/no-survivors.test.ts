import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { until } from '@flightcheck/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { findProcesses, findTool } from '@flightcheck/core';

// The real CLI on a hostile Dockerfile (a RUN nesting `$(` 3,000 deep) with real ShellCheck, stopped mid-run by
// each signal (and by SIGKILL, which runs no handler: the tools die of their parent-death signal). Afterwards no
// process flightcheck started is left (found by the FLIGHTCHECK_OWNER marker the tool runner sets), and its
// temporary folder (TMPDIR) is empty.
const CLI = resolve(import.meta.dirname, '../bin/flightcheck.js');
const shellcheck = await findTool({ name: 'shellcheck', installHint: '' }).catch(() => undefined);
const work = mkdtempSync(join(tmpdir(), 'fc-hostile-sig-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeFileSync(join(work, 'Dockerfile'), `FROM debian:12.5\nRUN echo $1\nRUN echo ${'$('.repeat(3000)}x${')'.repeat(3000)}\n`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!shellcheck && !process.env.CI)('no process survives flightcheck', () => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGKILL'] as const) {
    it(`stopped by ${signal} while ShellCheck runs: no survivor, no temporary file left`, async () => {
      const tmp = mkdtempSync(join(work, `tmp-${signal}-`));
      const cli = spawn(process.execPath, [CLI, 'dockerfile-lint', join(work, 'Dockerfile')], {
        env: { ...process.env, TMPDIR: tmp, FLIGHTCHECK_DEBUG: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      cli.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => cli.on('exit', (code, sig) => r({ code, signal: sig })));
      const owner = cli.pid!;
      // ShellCheck (bounded to 1 GiB / 10 s) is busy with the nested RUN
      const running = await until(() => {
        const p = findProcesses({ owner }).filter((x) => x.command === 'shellcheck' || x.command.startsWith('prlimit') || x.command.startsWith('setpriv'));
        return p.length ? p : undefined;
      }, 60_000);
      expect(running, `ShellCheck never started: ${stderr}`).toBeDefined();
      await sleep(300);
      cli.kill(signal);
      const end = await Promise.race([ended, sleep(15_000).then(() => undefined)]);
      expect(end, 'flightcheck did not end within 15 s of the signal').toBeDefined();
      // it ended by that signal (the handler re-raises it after cleaning up), with no stack trace
      expect(end!.signal).toBe(signal);
      expect(stderr).not.toMatch(/\n\s+at /);
      const survivors = await until(() => (findProcesses({ owner }).length ? undefined : []), 5000);
      expect(survivors, `left behind: ${JSON.stringify(findProcesses({ owner }))}`).toEqual([]);
      // SIGKILL runs no handler: the temporary scripts may stay (they are in the caller's TMPDIR)
      if (signal !== 'SIGKILL') expect(readdirSync(tmp)).toEqual([]);
    }, 120_000);
  }
});

// The other ways flightcheck ends: an exception nobody catches, and an exit from anywhere (process.exit) while a tool
// runs. A script drives core's tool runner (the compiled package, as the CLI runs it) with a tool that has a child of
// its own; afterwards neither is left.
const CORE = pathToFileURL(resolve(import.meta.dirname, '../../core/dist/index.js')).href;
describe('no process survives flightcheck ending by an exception or an exit', () => {
  for (const end of [
    { name: 'an uncaught exception', code: "throw new Error('boom')", status: 1 },
    { name: 'an unhandled rejection', code: "Promise.reject(new Error('boom'))", status: 1 },
    { name: 'process.exit from elsewhere', code: 'process.exit(3)', status: 3 },
  ]) {
    it(`${end.name} while a tool runs: no survivor`, async () => {
      const script = join(work, `end-${end.status}-${end.name.length}.mjs`);
      writeFileSync(script, `import { findTool, runTool } from ${JSON.stringify(CORE)};
const sh = await findTool({ name: 'sh', installHint: '' });
runTool(sh, ['-c', 'sleep 60 & sleep 60'], { timeoutMs: 120_000 }).catch(() => {});
setTimeout(() => { ${end.code}; }, 500);
setInterval(() => {}, 1000);
`);
      const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
      const owner = child.pid!;
      const running = await until(() => (findProcesses({ owner }).some((p) => p.command === 'sleep') ? true : undefined), 10_000);
      expect(running, 'the tool never started').toBe(true);
      const status = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      expect(status).toBe(end.status);
      const survivors = await until(() => (findProcesses({ owner }).length ? undefined : []), 3000);
      expect(survivors, `left behind: ${JSON.stringify(findProcesses({ owner }))}`).toEqual([]);
    }, 60_000);
  }
});
