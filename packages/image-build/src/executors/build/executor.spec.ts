import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import buildExecutor from './executor.js';

const root = mkdtempSync(join(tmpdir(), 'fc-build-exec-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const ctx = { root, projectName: 'tiny-image', targetName: 'image-build' };

describe('image-build:build executor', () => {
  it('fails closed with the reason when the Dockerfile is missing', async () => {
    expect(await buildExecutor({ dockerfile: 'images/none/Dockerfile', context: 'images/none' }, ctx)).toEqual({ success: false });
    expect(JSON.parse(readFileSync(join(root, 'dist/flightcheck/tiny-image/image-build.json'), 'utf8')).results[0].error).toMatch(/no such Dockerfile/);
  });
  it('builds with the engine and writes image.json', async () => {
    mkdirSync(join(root, 'images/tiny'), { recursive: true });
    writeFileSync(join(root, 'images/tiny/Dockerfile'), 'FROM scratch\nARG NOTE=x\nLABEL note=$NOTE\nCOPY a /a\n');
    writeFileSync(join(root, 'images/tiny/a'), 'a');
    expect(await buildExecutor({ dockerfile: 'images/tiny/Dockerfile', context: 'images/tiny', image: 'flightcheck-test/tiny:unit', buildArgs: { NOTE: 'y' }, buildkit: false }, ctx)).toEqual({ success: true });
    const rec = JSON.parse(readFileSync(join(root, 'dist/flightcheck/tiny-image/image.json'), 'utf8'));
    expect(rec).toMatchObject({ reference: 'flightcheck-test/tiny:unit', imageId: expect.stringMatching(/^sha256:[a-f0-9]{64}$/), labels: { 'dev.flightcheck.project': 'tiny-image' } });
  }, 120_000);
});
