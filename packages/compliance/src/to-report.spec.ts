import { describe, expect, it } from 'vitest';
import { emptyInputNotice, passedOverNotice, severityOfGrade, toFindings, untypedNotice } from './to-report.js';
import type { ScoredObject } from './engine/types.js';

const obj: ScoredObject = {
  key: 'Pod/v1/ns/p', apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'ns' }, file: '/m.yaml', line: 3,
  checks: [
    { check: { id: 'a', name: 'A', targetType: 'Pod', comment: '', optional: false }, grade: 1, skipped: false, comments: [{ path: 'c', summary: 'bad', description: 'fix it' }] },
    { check: { id: 'b', name: 'B', targetType: 'Pod', comment: '', optional: false }, grade: 10, skipped: false, comments: [] },
    { check: { id: 'c', name: 'C', targetType: 'Pod', comment: '', optional: true }, grade: 1, skipped: true, comments: [{ path: '', summary: 'Skipped because c is ignored', description: 'optional check, not enabled' }] },
  ],
};

describe('toFindings', () => {
  it('maps CRITICAL to high with location and object; skipped never fails', () => {
    expect(severityOfGrade(1)).toBe('high');
    expect(severityOfGrade(5)).toBe('medium');
    expect(severityOfGrade(7)).toBe('low');
    expect(severityOfGrade(10)).toBeUndefined();
    const f = toFindings([obj]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ruleId: 'a', severity: 'high', status: 'fail', message: 'A: (c) bad', resolution: 'fix it', location: { file: '/m.yaml', line: 3 }, object: { kind: 'Pod', namespace: 'ns', name: 'p' } });
  });
  it('keeps passes and skips with includePassing', () => {
    const f = toFindings([obj], { includePassing: true });
    expect(f.filter((x) => x.status === 'pass').map((x) => x.message)).toEqual(['B: OK', 'C: skipped (optional check, not enabled)']);
  });
  it('counts passed-over kinds', () => {
    expect(passedOverNotice([])).toBeUndefined();
    expect(passedOverNotice([{ kind: 'ConfigMap', apiVersion: 'v1' }, { kind: 'ConfigMap', apiVersion: 'v1' }])?.message).toMatch(/2 object.*v1\/ConfigMap ×2/);
  });
  it('counts documents without apiVersion or kind, and names empty inputs', () => {
    expect(untypedNotice([])).toBeUndefined();
    expect(untypedNotice([{ file: 'a.yaml', line: 3 }])?.message).toBe('passed over 1 document(s) without apiVersion or kind: a.yaml:3');
    expect(emptyInputNotice([])).toBeUndefined();
    expect(emptyInputNotice(['e.yaml'])).toEqual({ level: 'warning', message: '1 input(s) hold no YAML document: e.yaml' });
  });
});
