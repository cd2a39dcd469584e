import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '@flightcheck/core';
import { afterAll, describe, expect, it } from 'vitest';
import { allowMatcher, inlineAllow, loadAllowList } from './allow.js';

const root = mkdtempSync(join(tmpdir(), 'secrets-allow-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const finding = (file: string, fingerprint: string, ruleId = 'jwt'): Finding => ({ ruleId, severity: 'high', message: 'm', status: 'fail', location: { file, line: 1 }, properties: { fingerprint } });

describe('allow-list', () => {
  it('reads the allow file and flightcheck.yaml checks.secrets.allow', () => {
    writeFileSync(join(root, '.flightcheck-secrets-allow.yaml'), 'allow:\n  - path: "test/**"\n    reason: fake keys for tests\n');
    writeFileSync(join(root, 'flightcheck.yaml'), 'failOn: high\nchecks:\n  secrets:\n    allow:\n      - fingerprint: sha256:0123456789abcdef\n        rule: jwt\n        reason: public demo token\n');
    const entries = loadAllowList(root);
    expect(entries).toEqual([
      { path: 'test/**', reason: 'fake keys for tests', source: 'allow-list' },
      { fingerprint: 'sha256:0123456789abcdef', rule: 'jwt', reason: 'public demo token', source: 'flightcheck.yaml' },
    ]);
    const match = allowMatcher(entries);
    expect(match(finding('test/a/b.ts', 'sha256:ffffffffffffffff'))?.reason).toBe('fake keys for tests');
    expect(match(finding('src/x.ts', 'sha256:0123456789abcdef'))?.reason).toBe('public demo token');
    expect(match(finding('src/x.ts', 'sha256:0123456789abcdef', 'github-token'))).toBeUndefined();
    expect(match(finding('src/x.ts', 'sha256:ffffffffffffffff'))).toBeUndefined();
  });

  it('rejects entries without a reason or a selector, naming the file', () => {
    writeFileSync(join(root, 'a.yaml'), 'allow:\n  - path: x\n');
    expect(() => loadAllowList(root, join(root, 'a.yaml'))).toThrow(/a\.yaml: allow entry #1 has no reason/);
    writeFileSync(join(root, 'b.yaml'), 'allow:\n  - reason: because\n');
    expect(() => loadAllowList(root, join(root, 'b.yaml'))).toThrow(/needs a path glob or a fingerprint/);
    writeFileSync(join(root, 'c.yaml'), 'allow:\n  - fingerprint: abc\n    reason: r\n');
    expect(() => loadAllowList(root, join(root, 'c.yaml'))).toThrow(/sha256:<16 hex digits>/);
  });
});

describe('inline allow', () => {
  it('takes the reason from the line or the line above', () => {
    const lines = ['x', 'key: v # flightcheck:allow-secret public test key', '# flightcheck:allow-secret demo only', 'key: w', 'key: z # flightcheck:allow-secret'];
    expect(inlineAllow(lines, 2)).toBe('public test key');
    expect(inlineAllow(lines, 4)).toBe('demo only');
    expect(inlineAllow(lines, 1)).toBeUndefined();
    expect(inlineAllow(lines, 5)).toBe('');
  });
});
