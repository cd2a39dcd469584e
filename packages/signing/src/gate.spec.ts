import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReport, type Report } from '@flightcheck/core';
import { checkSignPrerequisites, readBuiltImage } from './gate.js';
import { SignRefusedError } from './errors.js';

const pass: Report = createReport([{ check: 'image-scan', target: 'img', engine: 'builtin', findings: [] }]);
const fail: Report = createReport([{ check: 'image-scan', target: 'img', engine: 'builtin', findings: [{ ruleId: 'CVE-1', severity: 'critical', status: 'fail', message: 'x' }] }]);
const broken: Report = createReport([{ check: 'permissions', target: 'img', engine: 'builtin', findings: [], error: 'docker not running' }]);

function workspace(files: Record<string, unknown>, ages: Record<string, number> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'fc-gate-'));
  mkdirSync(dir, { recursive: true });
  const now = Date.now() / 1000;
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    const t = now - (ages[name] ?? 0);
    utimesSync(join(dir, name), t, t);
  }
  return dir;
}

const image = { reference: '127.0.0.1:5000/app:1', id: 'sha256:abc' };

describe('checkSignPrerequisites', () => {
  it('passes when both reports passed after the build', () => {
    const dir = workspace({ 'image.json': image, 'image-scan.json': pass, 'permissions.json': pass }, { 'image.json': 10 });
    expect(checkSignPrerequisites({ dir, failOn: 'high' })).toMatchObject({ image: { reference: image.reference }, checked: ['image-scan', 'permissions'] });
  });
  it('refuses, naming each reason', () => {
    const cases: [Record<string, unknown>, Record<string, number>, RegExp][] = [
      [{ 'image-scan.json': pass, 'permissions.json': pass }, {}, /image.json is missing/],
      [{ 'image.json': image, 'image-scan.json': pass }, {}, /permissions: no report/],
      [{ 'image.json': image, 'image-scan.json': pass, 'permissions.json': pass }, { 'image-scan.json': 60 }, /image-scan: report is older than the image build/],
      [{ 'image.json': image, 'image-scan.json': fail, 'permissions.json': pass }, {}, /image-scan: did not pass/],
      [{ 'image.json': image, 'image-scan.json': pass, 'permissions.json': broken }, {}, /permissions: the check could not run \(docker not running\)/],
      [{ 'image.json': image, 'image-scan.json': createReport([]), 'permissions.json': pass }, {}, /image-scan: report has no results/],
      [{ 'image.json': image, 'image-scan.json': '{not json', 'permissions.json': pass }, {}, /image-scan: .*not JSON/],
      [{ 'image.json': { nothing: 1 }, 'image-scan.json': pass, 'permissions.json': pass }, {}, /names no image/],
    ];
    for (const [files, ages, re] of cases) {
      const dir = workspace(files, ages);
      let err: unknown;
      try {
        checkSignPrerequisites({ dir, failOn: 'high' });
      } catch (e) {
        err = e;
      }
      expect(err, String(re)).toBeInstanceOf(SignRefusedError);
      expect((err as Error).message).toMatch(re);
      expect((err as SignRefusedError).exitCode).toBe(1);
    }
  });
  it('judges with the given threshold (waived findings are already suppressed in the report)', () => {
    const dir = workspace({ 'image.json': image, 'image-scan.json': fail, 'permissions.json': pass });
    expect(() => checkSignPrerequisites({ dir, failOn: 'none' })).not.toThrow();
  });
});

describe('readBuiltImage', () => {
  it('reads the reference and repo digests', () => {
    const dir = workspace({ 'image.json': { reference: 'r/a:1', repoDigests: [`r/a@sha256:${'a'.repeat(64)}`, 'junk'] } });
    expect(readBuiltImage(join(dir, 'image.json'))).toMatchObject({ reference: 'r/a:1', repoDigests: [`r/a@sha256:${'a'.repeat(64)}`] });
  });
});
