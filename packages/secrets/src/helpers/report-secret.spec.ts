import { describe, expect, it } from 'vitest';
import { defineRule, runRules } from '@flightcheck/core';
import { fingerprint } from '../secret.js';
import { parseSubject, type ScanSubject } from '../subject.js';
import { matches, reportSecret } from './report-secret.js';

const SECRET = ['ghp', '_', 'Zq8xT2mLw9Rk4VbN7cYp3Hs6Jd1Fg5Ae0UiW'].join('');

const rule = defineRule<ScanSubject, 'found'>({
  meta: { id: 'test-secret', target: 'text', severity: 'high', docs: { description: 'test' }, messages: { found: 'secret {{hint}} in {{where}}' } },
  check(subject, ctx) {
    for (const m of matches(subject.text, /ghp_[A-Za-z0-9]{36}/g)) reportSecret(subject, ctx, 'found', { offset: m.offset, secret: m.secret, data: { where: 'text' } });
  },
});

describe('reportSecret', () => {
  it('reports the position and a redacted hint, never the secret', () => {
    const text = `line one\n  token: ${SECRET}\n`;
    const [f] = runRules([rule], parseSubject(text, 'config.txt'), { file: 'config.txt' });
    expect(f!.location).toEqual({ file: 'config.txt', line: 2, column: 10 });
    expect(f!.message).not.toContain(SECRET);
    expect(f!.message).not.toContain(SECRET.slice(4, 20));
    expect(f!.message).toMatch(/^secret gh… \(40 chars, sha256:[0-9a-f]{16}\) in text$/);
    expect(f!.properties).toEqual({ fingerprint: fingerprint(SECRET) });
    expect(JSON.stringify(f)).not.toContain(SECRET);
  });

  it('takes an explicit line, object, severity and resolution', () => {
    const r = defineRule<ScanSubject, 'found'>({
      meta: { ...rule.meta, id: 'explicit' },
      check: (s, ctx) => reportSecret(s, ctx, 'found', { line: 7, secret: 'abcdefghijklmnop', data: { where: 'env' }, object: { kind: 'Pod', name: 'p' }, severity: 'critical', resolution: 'use a secretKeyRef' }),
    });
    const [f] = runRules([r], parseSubject('', 'x.yaml'), { file: 'x.yaml' });
    expect(f).toMatchObject({ severity: 'critical', resolution: 'use a secretKeyRef', object: { kind: 'Pod', name: 'p' }, location: { file: 'x.yaml', line: 7 } });
  });
});

describe('matches', () => {
  it('yields every match with the offset of the captured group', () => {
    const out = [...matches('a=1 b=22 c=333', /\w=(\d+)/g, 1)].map((m) => [m.offset, m.secret]);
    expect(out).toEqual([[2, '1'], [6, '22'], [11, '333']]);
  });
  it('does not loop forever on empty matches', () => {
    expect([...matches('abc', /x*/g)]).toHaveLength(0);
  });
});
