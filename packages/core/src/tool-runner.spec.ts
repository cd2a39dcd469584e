import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertOk, findProcesses, describeCommand, describeLimits, findTool, hasTool, liveGroups, redact, runTool, ToolFailedError, ToolLimitError, ToolNotFoundError, ToolOutputTooLargeError, ToolTimeoutError, toolVersion } from '@flightcheck/core';

// These run real processes (sh, printf): the tool runner is process glue, so it is tested for real.
describe('tool runner', () => {
  it('finds a tool on PATH and reports a missing one with the install hint', async () => {
    const sh = await findTool({ name: 'sh', installHint: 'apt-get install dash' });
    expect(sh.path).toMatch(/\/sh$/);
    await expect(findTool({ name: 'no-such-tool-fc', installHint: 'apt-get install nothing' })).rejects.toThrow(ToolNotFoundError);
    await expect(findTool({ name: 'no-such-tool-fc', installHint: 'apt-get install nothing' })).rejects.toThrow(/apt-get install nothing/);
    expect(await hasTool({ name: 'no-such-tool-fc', installHint: '' })).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'fc-tool-'));
    writeFileSync(join(dir, 'plain'), 'not a program');
    await expect(findTool({ name: 'x', installHint: 'h', path: join(dir, 'plain') })).rejects.toThrow(/not an executable/);
    await expect(findTool({ name: 'x', installHint: 'h', path: dir })).rejects.toThrow(/not an executable/);
  });

  it('runs a tool and returns exit code and output', async () => {
    const sh = await findTool({ name: 'sh', installHint: '' });
    const r = await runTool(sh, ['-c', 'printf out; printf err >&2; exit 3']);
    expect(r).toMatchObject({ code: 3, stdout: 'out', stderr: 'err' });
    expect(() => assertOk(sh, r)).toThrow(ToolFailedError);
    expect(assertOk(sh, r, [3])).toBe(r);
  });

  it('passes stdin and environment', async () => {
    const sh = await findTool({ name: 'sh', installHint: '' });
    const r = await runTool(sh, ['-c', 'cat; printf "%s" "$FC_X"'], { input: 'in:', env: { FC_X: 'env' } });
    expect(r.stdout).toBe('in:env');
  });

  it('stops a tool at its timeout', async () => {
    const sh = await findTool({ name: 'sh', installHint: '' });
    const t0 = Date.now();
    await expect(runTool(sh, ['-c', 'sleep 30'], { timeoutMs: 300 })).rejects.toThrow(ToolTimeoutError);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('bounds output', async () => {
    const sh = await findTool({ name: 'sh', installHint: '' });
    await expect(runTool(sh, ['-c', 'yes'], { maxOutputBytes: 1 << 16 })).rejects.toThrow(ToolOutputTooLargeError);
  });

  it('never shows a secret in a command line, stderr or error', async () => {
    const sh = await findTool({ name: 'sh', installHint: '' });
    const secret = 's3cr3t-password';
    expect(describeCommand(sh, ['--password', secret], [secret])).not.toContain(secret);
    const r = await runTool(sh, ['-c', `echo "bad password $P" >&2; exit 1`], { env: { P: secret }, secrets: [secret] });
    expect(r.stderr).not.toContain(secret);
    expect(() => assertOk(sh, r)).toThrow(/\*\*\*/);
    expect(redact('a s3cr3t-password b', [secret])).toBe('a *** b');
  });

  it('reads a version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-tool-'));
    const fake = join(dir, 'faketool');
    writeFileSync(fake, '#!/bin/sh\necho "Haskell Dockerfile Linter 2.15.1"\n');
    chmodSync(fake, 0o755);
    expect(await toolVersion({ name: 'faketool', path: fake })).toBe('2.15.1');
  });
});

describe('tool runner bounds', () => {
  it('runs the tool under prlimit: the address space and CPU bounds are the ones asked for', async () => {
    const sh = await findTool({ name: 'sh', installHint: '' });
    const r = await runTool(sh, ['-c', 'ulimit -v; ulimit -t; printf "%s" "$FLIGHTCHECK_OWNER"'], { timeoutMs: 20_000, limits: { memoryBytes: 512 << 20, cpuSeconds: 7 } });
    expect(r.stdout.split('\n')).toEqual([String(512 * 1024), '7', String(process.pid)]);
    expect(r.limits).toEqual({ memoryBytes: 512 << 20, cpuSeconds: 7, timeoutMs: 20_000 });
    expect(describeLimits(r.limits)).toBe('512 MiB / 20 s');
  });

  it('stops a tool past its CPU time with ToolLimitError', async () => {
    const sh = await findTool({ name: 'sh', installHint: '' });
    const e = await runTool(sh, ['-c', 'while :; do :; done'], { timeoutMs: 30_000, limits: { cpuSeconds: 1 } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ToolLimitError);
    expect((e as ToolLimitError).kind).toBe('cpu');
  }, 40_000);

  it('reports a tool that runs out of its address space as a memory bound, not a plain failure', async () => {
    const py = await findTool({ name: 'python3', installHint: '' });
    const e = await runTool(py, ['-c', 'x = bytearray(400 << 20)'], { limits: { memoryBytes: 128 << 20 } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ToolLimitError);
    expect((e as Error).message).toMatch(/python3 exceeded its memory bound of 128 MiB/);
  });

  it('leaves no process of the tool behind once it ends, and none in the registry', async () => {
    const sh = await findTool({ name: 'sh', installHint: '' });
    const r = await runTool(sh, ['-c', '(sleep 60 >/dev/null 2>&1 &) ; echo $$'], { timeoutMs: 10_000 });
    const pgid = Number(r.stdout.trim());
    await new Promise((res) => setTimeout(res, 100));
    expect(findProcesses({ pgid })).toEqual([]);
    expect(findProcesses({ owner: process.pid })).toEqual([]);
    expect(liveGroups().size).toBe(0);
  });

  it('at its own wall timeout the whole group goes, the tool\'s children included', async () => {
    const sh = await findTool({ name: 'sh', installHint: '' });
    // the tool starts a background child that would outlive it, then hangs
    const e = await runTool(sh, ['-c', 'sleep 60 & sleep 60'], { timeoutMs: 500 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ToolTimeoutError);
    await new Promise((res) => setTimeout(res, 300));
    expect(findProcesses({ owner: process.pid })).toEqual([]);
    expect(liveGroups().size).toBe(0);
  });
});
