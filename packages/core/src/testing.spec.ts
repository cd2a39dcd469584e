import { describe, expect, it } from 'vitest';
import { defineRule } from '@flightcheck/core';
import { testRule } from '@flightcheck/core/testing';

// testRule registers real vitest tests: this file's tests are the rule-tester running under vitest.
const noTabs = defineRule<string, 'tab'>({
  meta: { id: 'no-tabs', target: 'text', severity: 'info', docs: { description: 'No tab characters' }, messages: { tab: 'tab at column {{col}}' } },
  check(text, ctx) {
    const i = text.indexOf('\t');
    if (i >= 0) ctx.report({ messageId: 'tab', data: { col: i + 1 }, location: { file: ctx.file, line: 1, column: i + 1 } });
  },
});

testRule(noTabs, (code) => code, {
  valid: ['no tabs here'],
  invalid: [{ code: 'a\tb', errors: [{ messageId: 'tab', column: 2, data: { col: 2 } }] }],
});

describe('until', () => {
  it('returns the first value the probe gives, or its last answer when the time is up', async () => {
    const { until } = await import('@flightcheck/core/testing');
    let n = 0;
    expect(await until(() => (++n >= 3 ? n : undefined), 5_000)).toBe(3);
    const t0 = Date.now();
    expect(await until(() => undefined, 250)).toBeUndefined();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
  });
});
