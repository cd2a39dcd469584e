import { describe, expect, it } from 'vitest';
import { createRuleTests, defineRule } from '@flightcheck/core';

interface Lines {
  lines: string[];
}
const parse = (code: string): Lines => ({ lines: code.split('\n') });

const noFixme = defineRule<Lines, 'fixme'>({
  meta: { id: 'no-fixme', target: 'text', severity: 'low', docs: { description: 'No FIXME left behind' }, messages: { fixme: 'FIXME on line {{line}}' } },
  check(subject, ctx) {
    subject.lines.forEach((l, i) => {
      if (l.includes('FIXME')) ctx.report({ messageId: 'fixme', data: { line: i + 1 }, location: { file: ctx.file, line: i + 1 } });
    });
  },
});

describe('rule tester', () => {
  const run = (cases: Parameters<typeof createRuleTests<Lines>>[2]) => createRuleTests(noFixme, parse, cases).map((t) => {
    try {
      t.run();
      return 'ok';
    } catch (e) {
      return (e as Error).message;
    }
  });

  it('passes correct valid and invalid cases', () => {
    expect(run({ valid: ['fine', { code: 'also fine', name: 'named' }], invalid: [{ code: 'FIXME', errors: [{ messageId: 'fixme', line: 1, data: { line: 1 } }] }, { code: 'FIXME\nFIXME', errors: 2 }] })).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('fails a valid case that reports, and an invalid case with the wrong count or line', () => {
    const out = run({ valid: ['FIXME'], invalid: [{ code: 'FIXME', errors: 2 }, { code: 'x\nFIXME', errors: [{ messageId: 'fixme', line: 1 }] }] });
    expect(out[0]).toMatch(/expected no finding/);
    expect(out[1]).toMatch(/expected 2 finding/);
    expect(out[2]).toMatch(/expected line 1, got 2/);
  });

  it('rejects unknown message ids in expectations', () => {
    expect(run({ valid: [], invalid: [{ code: 'FIXME', errors: [{ messageId: 'nope' }] }] })[0]).toMatch(/unknown messageId "nope"/);
  });
});
