import { describe, expect, it } from 'vitest';
import { displayPath, sortFindings } from './util.js';

describe('reporter utilities', () => {
  it('shows paths relative to the root, leaving outside and relative paths alone', () => {
    expect(displayPath('/ws/a/b.yaml', '/ws')).toBe('a/b.yaml');
    expect(displayPath('/elsewhere/x', '/ws')).toBe('/elsewhere/x');
    expect(displayPath('rel/x', '/ws')).toBe('rel/x');
    expect(displayPath('/ws/x')).toBe('/ws/x');
  });
  it('sorts by severity, then file and line, then rule', () => {
    const f = (ruleId: string, severity: 'high' | 'low', file: string, line: number) => ({ ruleId, severity, message: '', status: 'fail' as const, location: { file, line } });
    const out = sortFindings([f('B', 'low', 'a', 1), f('A', 'high', 'b', 9), f('C', 'high', 'b', 2), f('A', 'low', 'a', 1)]);
    expect(out.map((x) => `${x.ruleId}${x.location.line}`)).toEqual(['C2', 'A9', 'A1', 'B1']);
  });
});
