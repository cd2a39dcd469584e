import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildImage } from './build.js';

const root = mkdtempSync(join(tmpdir(), 'fc-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('buildImage', () => {
  it('refuses paths outside the workspace and a missing Dockerfile', async () => {
    await expect(buildImage(root, 'p', { dockerfile: '../../etc/Dockerfile', context: '.' }, () => {})).rejects.toThrow(/inside the workspace/);
    await expect(buildImage(root, 'p', { dockerfile: 'images/x/Dockerfile', context: 'images/x' }, () => {})).rejects.toThrow(/no such Dockerfile/);
  });
});

describe('heartbeat', () => {
  it('adds a line when the build printed nothing for the interval, and counts the lines it did print', async () => {
    const { heartbeat } = await import('./build.js');
    const out: string[] = [];
    const beat = heartbeat((t) => out.push(t), (ms, lines) => `still building (${lines} lines)\n`, 200);
    beat.log('step 1\nstep 2\n');
    await new Promise((resolve) => setTimeout(resolve, 700));
    beat.stop();
    const count = out.length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(out[0]).toBe('step 1\nstep 2\n');
    expect(out.slice(1).length).toBeGreaterThanOrEqual(1);
    expect(out[1]).toBe('still building (2 lines)\n');
    expect(out).toHaveLength(count); // nothing after stop
  });
});
