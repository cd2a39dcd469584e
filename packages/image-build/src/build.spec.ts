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
