import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { failClosedUnlessSettled } from './settle-guard.js';

// a child process that imports the guard's source through vitest's own loader would be slow; the guard is a few
// lines with no imports, so the child evaluates the compiled function text itself
const guard = `const failClosedUnlessSettled = ${failClosedUnlessSettled.toString()};`;
const child = (body: string) => spawnSync(process.execPath, ['-e', `${guard}\n${body}`], { encoding: 'utf8', timeout: 20_000 });

describe('failClosedUnlessSettled', () => {
  it('turns a process that runs out of work while the task is pending into exit 1 with a line naming the task', () => {
    const r = child(`failClosedUnlessSettled('pod-security', () => new Promise(() => {}));`);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('flightcheck: pod-security: the task ended before it finished (no report was made)\n');
  });

  it('leaves a settled task alone: its result, its exit code, no message, no listener left behind', async () => {
    const before = process.listenerCount('exit');
    await expect(failClosedUnlessSettled('x', async () => 42)).resolves.toBe(42);
    await expect(failClosedUnlessSettled('x', async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(process.listenerCount('exit')).toBe(before);
    const r = child(`failClosedUnlessSettled('x', async () => 1).then((v) => { process.exitCode = v - 1; });`);
    expect([r.status, r.stderr]).toEqual([0, '']);
  });

  it('keeps an exit code that is already a failure', () => {
    const r = child(`failClosedUnlessSettled('x', () => new Promise(() => { process.exitCode = 3; }));`);
    expect([r.status, r.stderr]).toEqual([3, '']);
  });
});
