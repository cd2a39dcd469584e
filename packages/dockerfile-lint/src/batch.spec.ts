import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { isFailure, lintOne, lintPath, rethrow } from './batch.js';
import { DEFAULT_RULE_CONFIG } from './rules/rule.js';

describe('lintOne / lintPath (the unit a worker thread lints)', () => {
  it('returns plain data: findings, pragmas, scripts, emptiness', () => {
    const l = lintOne('FROM debian\n# hadolint ignore=DL3003\nRUN cd /x && make\n', 'Dockerfile', DEFAULT_RULE_CONFIG);
    expect(l.findings.map((f) => f.ruleId)).toContain('DL3003');
    expect(l.ignores?.inline.get(3)).toEqual(['DL3003']);
    expect(l.scripts).toHaveLength(1);
    expect(l.empty).toBe(false);
    expect(structuredClone(l)).toEqual(l);
    expect(lintOne('  \n', 'e', DEFAULT_RULE_CONFIG).empty).toBe(true);
  });
  it('carries a parse error as DL1000 without pragmas', () => {
    const l = lintOne('FROM a\nRUN <<EOF\necho\n', 'x', DEFAULT_RULE_CONFIG);
    expect(l.parseError?.ruleId).toBe('DL1000');
    expect(l.ignores).toBeUndefined();
  });
  it('returns an unreadable file as a failure that rethrows as the same InputError', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dl-batch-'));
    writeFileSync(join(dir, 'Dockerfile'), Buffer.from([0, 1, 2, 0xff]));
    const r = lintPath('Dockerfile', dir, DEFAULT_RULE_CONFIG);
    expect(isFailure(r)).toBe(true);
    if (!isFailure(r)) return;
    expect(() => rethrow(structuredClone(r))).toThrow(InputError);
    expect(() => rethrow(r)).toThrow(/^Dockerfile: /);
    const missing = lintPath('nope/Dockerfile', dir, DEFAULT_RULE_CONFIG);
    expect(isFailure(missing) && missing.error.input).toBe(true);
  });
});
