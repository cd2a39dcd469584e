import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import executor from './executor.js';

const root = mkdtempSync(join(tmpdir(), 'secrets-executor-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const context = (projectRoot: string) => ({ root, projectName: 'demo', targetName: 'secrets', projectsConfigurations: { projects: { demo: { root: projectRoot } } } });

describe('scan executor', () => {
  it('checks the project root and writes the report files', async () => {
    mkdirSync(join(root, 'proj'), { recursive: true });
    writeFileSync(join(root, 'proj', 'notes.env'), 'fine\n');
    const spy = process.stdout.write;
    process.stdout.write = (() => true) as never;
    try {
      expect(await executor({}, context('proj'))).toEqual({ success: true });
    } finally {
      process.stdout.write = spy;
    }
    expect(existsSync(join(root, 'dist', 'flightcheck', 'demo', 'secrets.sarif'))).toBe(true);
    expect(JSON.parse(readFileSync(join(root, 'dist', 'flightcheck', 'demo', 'secrets.json'), 'utf8')).results[0].target).toBe('proj');
  });

  it('fails on a finding at or above failOn', async () => {
    writeFileSync(join(root, 'proj', 'notes.env'), `GITHUB_TOKEN=${['ghp', '_R8mK2xQ7vL9pZ4tN6wB1cY3hJ5dF0gS2aE7u'].join('')}\n`);
    const spy = process.stdout.write;
    process.stdout.write = (() => true) as never;
    try {
      expect(await executor({}, context('proj'))).toEqual({ success: false });
      expect(await executor({ failOn: 'critical' }, context('proj'))).toEqual({ success: true });
    } finally {
      process.stdout.write = spy;
    }
  });
});
