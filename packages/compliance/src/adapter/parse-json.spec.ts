import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportFormatError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { parseKubeScoreJson } from './parse-json.js';

const recorded = readFileSync(join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..', 'test', 'fixtures', 'kube-score-v2.json'), 'utf8');

describe('parseKubeScoreJson', () => {
  it('maps a recorded JSON v2 output', () => {
    const scored = parseKubeScoreJson(recorded, 'rec');
    expect(scored).toHaveLength(2);
    expect(scored[0]).toMatchObject({ key: 'Deployment/apps/v1/shop/web', kind: 'Deployment', file: '/work/manifests/web.yaml', line: 2 });
    expect(scored[0]!.checks[0]).toMatchObject({ grade: 1, comments: [{ path: 'web', summary: 'Image with latest tag' }] });
    expect(scored[1]!.checks[0]!.comments).toEqual([]);
  });
  it('rejects malformed output', () => {
    expect(() => parseKubeScoreJson('{', 'x')).toThrow(ReportFormatError);
    expect(() => parseKubeScoreJson('{}', 'x')).toThrow(/array/);
    expect(() => parseKubeScoreJson('[{"checks":[{"check":{"id":"a"},"grade":3}]}]', 'x')).toThrow(/grade 3/);
  });
});

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
describe('parseKubeScoreJson nesting bound', () => {
  it('output nested deeper than 200 is a ReportFormatError naming the source and line', () => {
    expect(() => parseKubeScoreJson(`[\n${deep(100_000)}]`, 'kube-score output')).toThrow(ReportFormatError);
    expect(() => parseKubeScoreJson(`[\n${deep(100_000)}]`, 'kube-score output')).toThrow('kube-score output:2: kube-score output: JSON nesting deeper than 200');
  });
});
