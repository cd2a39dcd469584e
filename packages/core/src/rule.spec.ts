import { describe, expect, it } from 'vitest';
import { defineRule, formatMessage, runRules, UnknownMessageIdError } from '@flightcheck/core';

interface Lines {
  lines: string[];
}
const parse = (code: string): Lines => ({ lines: code.split('\n') });

const noFixme = defineRule<Lines, 'fixme'>({
  meta: { id: 'no-fixme', target: 'text', severity: 'low', docs: { description: 'No FIXME left behind', url: 'https://example.test/no-fixme' }, messages: { fixme: 'FIXME on line {{line}}' } },
  check(subject, ctx) {
    subject.lines.forEach((l, i) => {
      if (l.includes('FIXME')) ctx.report({ messageId: 'fixme', data: { line: i + 1 }, location: { file: ctx.file, line: i + 1 } });
    });
  },
});

describe('rule contract', () => {
  it('formats messages from templates', () => {
    expect(formatMessage('a {{x}} b {{ y }} {{z}}', { x: 1, y: 'two' })).toBe('a 1 b two {{z}}');
  });

  it('runs rules and builds findings with the rule id, severity and help URI', () => {
    const found = runRules([noFixme], parse('ok\nFIXME'), { file: 'f.txt' });
    expect(found).toEqual([{ ruleId: 'no-fixme', severity: 'low', message: 'FIXME on line 2', status: 'fail', location: { file: 'f.txt', line: 2 }, helpUri: 'https://example.test/no-fixme' }]);
  });

  it('applies severity overrides and the enabled filter', () => {
    expect(runRules([noFixme], parse('FIXME'), { file: 'f', severityOverride: () => 'high' })[0]!.severity).toBe('high');
    expect(runRules([noFixme], parse('FIXME'), { file: 'f', enabled: () => false })).toEqual([]);
  });

  it('rejects an unknown message id at report time', () => {
    const bad = defineRule<Lines, 'a'>({ meta: { id: 'bad', target: 't', severity: 'low', docs: { description: 'd' }, messages: { a: 'a' } }, check: (_s, ctx) => ctx.report({ messageId: 'b' as 'a' }) });
    expect(() => runRules([bad], parse(''), { file: 'f' })).toThrow(UnknownMessageIdError);
  });

  it('validates rule definitions', () => {
    expect(() => defineRule({ meta: { id: 'bad id!', target: 't', severity: 'low', docs: { description: 'd' }, messages: { a: 'a' } }, check: () => {} })).toThrow(/invalid rule id/);
    expect(() => defineRule({ meta: { id: 'x', target: 't', severity: 'low', docs: { description: '' }, messages: { a: 'a' } }, check: () => {} })).toThrow(/docs/);
  });
});

