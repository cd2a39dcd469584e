import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findProcesses, killAllGroups, liveGroups, registerGroup, unregisterGroup } from './process-registry.js';


// real processes: the registry is process glue
describe('process registry', () => {
  it('kills every live group, grandchildren included, and forgets them', async () => {
    const child = spawn('sh', ['-c', 'sleep 60 & sleep 60; wait'], { detached: true, stdio: 'ignore' });
    const exited = new Promise((r) => child.on('exit', r));
    registerGroup(child.pid!, 'sh');
    await new Promise((r) => setTimeout(r, 200));
    expect(findProcesses({ pgid: child.pid! }).map((p) => p.command).sort()).toEqual(['sh', 'sleep', 'sleep']);
    expect(liveGroups().get(child.pid!)).toBe('sh');
    expect(killAllGroups()).toBe(1);
    await exited;
    expect(liveGroups().size).toBe(0);
    // the background sleep was in the same group: it is gone too
    await new Promise((r) => setTimeout(r, 200));
    expect(findProcesses({ pgid: child.pid! })).toEqual([]);
  });

  it('installs its exit and signal handlers once', () => {
    const before = process.listenerCount('SIGTERM');
    registerGroup(999_999_999, 'x');
    registerGroup(999_999_998, 'y');
    unregisterGroup(999_999_999);
    unregisterGroup(999_999_998);
    expect(process.listenerCount('SIGTERM') - before).toBeLessThanOrEqual(1);
    expect(process.listenerCount('SIGTERM')).toBeGreaterThanOrEqual(1);
    expect(process.listenerCount('exit')).toBeGreaterThanOrEqual(1);
  });
});
