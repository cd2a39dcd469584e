import { describe, expect, it } from 'vitest';
import { MANY_CVES, updateSeverity } from './severity.js';

describe('updateSeverity', () => {
  it('follows the changelog urgency, raised by many CVEs, lowered when none is named', () => {
    expect(updateSeverity('emergency', 1)).toBe('critical');
    expect(updateSeverity('critical', 1)).toBe('critical');
    expect(updateSeverity('high', 1)).toBe('high');
    expect(updateSeverity('medium', 1)).toBe('medium');
    expect(updateSeverity('medium', MANY_CVES)).toBe('high');
    expect(updateSeverity('low', 2)).toBe('low');
    expect(updateSeverity('low', MANY_CVES)).toBe('medium');
    expect(updateSeverity('HIGH', 0)).toBe('medium');
    expect(updateSeverity('low', 0)).toBe('low');
    expect(updateSeverity('bogus', 1)).toBe('low');
  });
});
