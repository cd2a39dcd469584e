import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertOk, describeCommand, findTool, hasTool, redact, runTool, ToolFailedError, ToolNotFoundError, ToolOutputTooLargeError, ToolTimeoutError, toolVersion } from '@flightcheck/core';

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
