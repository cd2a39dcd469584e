import { afterEach, describe, expect, it, vi } from 'vitest';
import { since, withHeartbeat } from './log.mjs';

describe('progress lines of the setup scripts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints what is happening, for how long and how far, at each interval of a long step, and stops with it', async () => {
    const lines = [];
    vi.spyOn(console, 'log').mockImplementation((l) => lines.push(String(l)));
    let far = 0;
    const value = await withHeartbeat('base-image', 'debootstrapping bookworm', () => new Promise((r) => setTimeout(() => r('built'), 350)), { progress: () => `${(far += 10)} MB`, everyMs: 100 });
    expect(value).toBe('built');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(l).toMatch(/^› \[base-image\] still debootstrapping bookworm \(\d+\.\ds, \d+ MB\)$/);
    const n = lines.length;
    await new Promise((r) => setTimeout(r, 250));
    expect(lines).toHaveLength(n); // no line after the step ended
  });

  it('keeps going when the progress probe fails, and passes on the failure of the step', async () => {
    const lines = [];
    vi.spyOn(console, 'log').mockImplementation((l) => lines.push(String(l)));
    const step = withHeartbeat('npm-ci', 'installing', () => new Promise((_, reject) => setTimeout(() => reject(new Error('npm ci failed')), 250)), { progress: () => { throw new Error('no'); }, everyMs: 100 });
    await expect(step).rejects.toThrow('npm ci failed');
    expect(lines[0]).toMatch(/^› \[npm-ci\] still installing \(\d+\.\ds\)$/);
  });

  it('says a duration as seconds with one decimal', () => {
    expect(since(Date.now() - 1500)).toMatch(/^1\.[5-9]s$/);
  });
});
