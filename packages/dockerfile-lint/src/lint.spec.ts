import { describe, expect, it } from 'vitest';
import { lintText } from './lint.js';
import { DEFAULT_RULE_CONFIG } from './rules/rule.js';

describe('lintText', () => {
  it('runs every rule and collects ShellCheck scripts', () => {
    const l = lintText('FROM debian\nRUN echo $1\n', 'Dockerfile', DEFAULT_RULE_CONFIG);
    expect(l.findings.map((f) => f.ruleId)).toContain('DL3006');
    expect(l.scripts).toHaveLength(1);
  });
  it('turns a parse error into DL1000 with file and line, and runs no rule', () => {
    const l = lintText('FROM a\nRUN <<EOF\necho\n', 'x/Dockerfile', DEFAULT_RULE_CONFIG);
    expect(l.parseError).toMatchObject({ ruleId: 'DL1000', location: { file: 'x/Dockerfile', line: 2 }, properties: { level: 'error' } });
    expect(l.findings).toEqual([]);
  });
});
