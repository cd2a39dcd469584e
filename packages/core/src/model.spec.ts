import { describe, expect, it } from 'vitest';
import { atLeast, createReport, failed, mergeReports, parseReport, summarize, type Finding } from '@flightcheck/core';

const finding = (severity: Finding['severity'], status: Finding['status'] = 'fail'): Finding => ({ ruleId: 'R1', severity, message: 'm', status });

describe('finding model', () => {
  it('orders severities critical > high > medium > low > info', () => {
    expect(atLeast('critical', 'high')).toBe(true);
    expect(atLeast('medium', 'high')).toBe(false);
    expect(atLeast('info', 'info')).toBe(true);
  });

  it('fails only on failing findings at or above the threshold', () => {
    const report = createReport([{ check: 'c', target: 't', engine: 'builtin', findings: [finding('medium'), finding('critical', 'suppressed')] }]);
    expect(failed(report, 'high')).toBe(false);
    expect(failed(report, 'medium')).toBe(true);
    expect(failed(report, 'none')).toBe(false);
  });

  it('fails closed when a check could not run, whatever the threshold', () => {
    const report = createReport([{ check: 'c', target: 't', engine: 'builtin', findings: [], error: 'tool missing' }]);
    expect(failed(report, 'none')).toBe(true);
  });

  it('summarizes and merges', () => {
    const a = createReport([{ check: 'a', target: 't', engine: 'builtin', findings: [finding('high'), finding('low', 'suppressed')] }]);
    const b = createReport([{ check: 'b', target: 't', engine: 'builtin', findings: [finding('high')] }]);
    const s = summarize(mergeReports([a, b]));
    expect(s.fail.high).toBe(2);
    expect(s.suppressed).toBe(1);
    expect(s.results).toBe(2);
  });

  it('rejects a malformed or foreign report file with the file named', () => {
    expect(() => parseReport('{', 'x.json')).toThrow(/x\.json: not JSON/);
    expect(() => parseReport('{"schemaVersion":"9.0.0","results":[]}', 'y.json')).toThrow(/y\.json: schemaVersion 9\.0\.0 is not supported/);
    expect(() => parseReport('{"schemaVersion":"1.0.0","results":[{"check":"c","findings":[{"ruleId":"x","severity":"huge","message":""}]}]}', 'z.json')).toThrow(/malformed/);
    const ok = parseReport(JSON.stringify(createReport([])), 'ok.json');
    expect(ok.results).toEqual([]);
  });
});

describe('report profile and stand-ins', () => {
  it('survive parsing and merging (one profile, stand-ins once)', async () => {
    const { createReport: make, mergeReports: merge, parseReport: parse } = await import('./model.js');
    const s = { for: 'the release registry', used: 'a registry on 127.0.0.1' };
    const a = { ...make([]), profile: 'local', standIns: [s] };
    expect(parse(JSON.stringify(a), 'a.json')).toMatchObject({ profile: 'local', standIns: [s] });
    expect(parse(JSON.stringify({ ...a, standIns: [{ for: 1 }] }), 'a.json').standIns).toEqual([]);
    expect(merge([a, a])).toMatchObject({ profile: 'local', standIns: [s] });
    expect(merge([a, { ...make([]), profile: 'release', standIns: [] }]).profile).toBe('local+release');
    expect(merge([make([])]).profile).toBeUndefined();
  });
});

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
describe('parseReport nesting bound', () => {
  it('refuses a report nested deeper than 200 with the file and line, before any writer walks it', () => {
    const text = `{"schemaVersion":"1.0.0","results":[{"check":"x","target":"t","findings":[\n{"ruleId":"R","severity":"high","message":"m","status":"fail","properties":{"p":${deep(100_000)}}}]}]}`;
    expect(() => parseReport(text, 'r.json')).toThrow('r.json:2: JSON nesting deeper than 200');
    expect(parseReport(`{"schemaVersion":"1.0.0","results":[{"check":"x","findings":[{"ruleId":"R","severity":"high","message":"m","properties":{"p":${deep(150)}}}]}]}`, 'ok.json').results).toHaveLength(1);
  });
});
