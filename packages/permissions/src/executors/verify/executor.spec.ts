import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeImageArchive } from '@flightcheck/oci/testing';
import { goodImage } from '../../__fixtures__/images.js';
import verifyExecutor from './executor.js';

const root = mkdtempSync(join(tmpdir(), 'fc-perm-exec-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const ctx = { root, projectName: 'x-image', targetName: 'permissions' };

describe('permissions:verify executor', () => {
  it('checks an archive and writes the report', async () => {
    const archive = join(root, 'a.tar');
    await writeImageArchive(archive, goodImage());
    expect(await verifyExecutor({ archive }, ctx)).toEqual({ success: true });
    expect(JSON.parse(readFileSync(join(root, 'dist/flightcheck/x-image/permissions.json'), 'utf8')).results[0].findings).toEqual([]);
    await writeImageArchive(archive, { ...goodImage(), user: '' });
    expect(await verifyExecutor({ archive }, ctx)).toEqual({ success: false });
  });
  it('fails closed without an image record, with the reason in the report', async () => {
    expect(await verifyExecutor({}, { ...ctx, projectName: 'none' })).toEqual({ success: false });
    const report = JSON.parse(readFileSync(join(root, 'dist/flightcheck/none/permissions.json'), 'utf8'));
    expect(report.results[0].error).toMatch(/run the image-build target first/);
    expect(await verifyExecutor({ archive: join(root, 'a.tar'), uid: -3 }, ctx)).toEqual({ success: false });
    expect(existsSync(join(root, 'dist/flightcheck/x-image/permissions.sarif'))).toBe(true);
  });
});
