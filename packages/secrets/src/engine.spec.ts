import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failed } from '@flightcheck/core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECK_NAME, runCheck } from './engine.js';

const root = mkdtempSync(join(tmpdir(), 'secrets-engine-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const MARK = ['DO', 'NOT', 'SHIP'].join('-');

describe(`${CHECK_NAME} engine`, () => {
  it('reports the rule findings of every matching file, with locations relative to the root', () => {
    mkdirSync(join(root, 'p'), { recursive: true });
    writeFileSync(join(root, 'p', 'notes.txt'), `first\nsecond ${MARK}\n`);
    const report = runCheck({ paths: ['p'], root });
    expect(report.results[0]!.findings).toMatchObject([{ ruleId: 'private-key', location: { file: join('p', 'notes.txt'), line: 2 } }]);
    expect(failed(report, 'high')).toBe(true);
  });

  it('passes a clean folder', () => {
    mkdirSync(join(root, 'clean'), { recursive: true });
    writeFileSync(join(root, 'clean', 'notes.txt'), 'all good\n');
    expect(failed(runCheck({ paths: ['clean'], root }), 'info')).toBe(false);
  });

  it('fails closed on a path that does not exist', () => {
    const report = runCheck({ paths: ['missing'], root });
    expect(report.results[0]!.error).toMatch(/missing/);
    expect(failed(report, 'none')).toBe(true);
  });

  it('skips files over the size bound with a notice', () => {
    mkdirSync(join(root, 'big'), { recursive: true });
    writeFileSync(join(root, 'big', 'notes.txt'), `${MARK}\n${'x'.repeat(100)}`);
    const result = runCheck({ paths: ['big'], root, maxFileBytes: 10 }).results[0]!;
    expect(result.findings).toEqual([]);
    expect(result.notices![0]!.message).toMatch(/over the limit/);
  });
});
