import { describe, expect, it } from 'vitest';
import { CommandError, durationMs, MAX_OUTPUT_BYTES, run, succeeds } from './exec.mjs';

describe('durationMs', () => {
  it('reads zx durations', () => {
    expect(durationMs('90s')).toBe(90_000);
    expect(durationMs('2m')).toBe(120_000);
    expect(durationMs('250ms')).toBe(250);
    expect(durationMs(40)).toBe(40);
    expect(() => durationMs('soon')).toThrow(/bad duration/);
  });
});

describe('run', () => {
  it('resolves with the output of a command that succeeds', async () => {
    const out = await run('printf', ['%s', 'a b']);
    expect(out.stdout).toBe('a b');
  });

  it('passes arguments without shell interpretation', async () => {
    const out = await run('printf', ['%s', '$HOME; echo x']);
    expect(out.stdout).toBe('$HOME; echo x');
  });

  it('throws a CommandError with the exit code and the tail of stderr', async () => {
    const error = await run('ls', ['/nonexistent-flightcheck']).catch((e) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect(error.message).toMatch(/^`ls \/nonexistent-flightcheck` failed: exit code 2/);
    expect(error.message).toContain('nonexistent-flightcheck');
  });

  it('kills a command at its timeout and says so', async () => {
    const error = await run('sleep', ['5'], { timeout: '300ms' }).catch((e) => e);
    expect(error.message).toBe('`sleep 5` failed: timed out after 300ms');
  });

  it('feeds input on stdin, and a command that does not exist is exit 127 with the reason', async () => {
    expect((await run('cat', [], { input: 'abc' })).stdout).toBe('abc');
    const missing = await run('no-such-command-flightcheck', [], { nothrow: true });
    expect(missing.exitCode).toBe(127);
    expect(missing.stderr).toMatch(/ENOENT/);
  });

  it('a timeout stops what the command started too (its process group)', async () => {
    const marker = `fc-exec-${process.pid}-${Date.now()}`;
    await run('sh', ['-c', `sleep 30 & echo $! > /tmp/${marker}; wait`], { timeout: '300ms', nothrow: true });
    const { readFileSync, rmSync } = await import('node:fs');
    const pid = Number(readFileSync(`/tmp/${marker}`, 'utf8'));
    rmSync(`/tmp/${marker}`);
    await new Promise((r) => setTimeout(r, 100));
    // gone, or a zombie waiting for whoever inherited it to reap it: not running either way
    let state = 'gone';
    try {
      state = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '')[0];
    } catch {
      /* gone */
    }
    expect(['gone', 'Z', 'X']).toContain(state);
  });

  it('keeps at most MAX_OUTPUT_BYTES of a stream and says the rest was dropped', async () => {
    const out = await run('head', ['-c', String(MAX_OUTPUT_BYTES + (4 << 20)), '/dev/zero']);
    expect(out.stdout.length).toBeLessThanOrEqual(MAX_OUTPUT_BYTES + 100);
    expect(out.stdout).toMatch(/\[output beyond \d+ bytes dropped\]\n$/);
  });

  it('nothrow resolves with the failing output', async () => {
    expect((await run('false', [], { nothrow: true })).exitCode).toBe(1);
    expect(await succeeds('true')).toBe(true);
    expect(await succeeds('false')).toBe(false);
  });
});
