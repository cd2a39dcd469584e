import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORE_OPTIONS, gradeName } from './types.js';

describe('types', () => {
  it('names grades as kube-score prints them (ALMOST_OK prints OK)', () => {
    expect([1, 5, 7, 10].map((g) => gradeName(g as 1))).toEqual(['CRITICAL', 'WARNING', 'OK', 'OK']);
    expect(gradeName(1, true)).toBe('SKIPPED');
  });
  it("defaults are kube-score's", () => {
    expect(DEFAULT_SCORE_OPTIONS).toMatchObject({ kubernetesVersion: { major: 1, minor: 18 }, minReplicasDeployment: 2, minReplicasHpa: 2 });
  });
});
