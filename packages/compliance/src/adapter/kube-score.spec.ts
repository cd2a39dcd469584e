import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORE_OPTIONS } from '../engine/types.js';
import { buildKubeScoreArgs, kubeScoreSpec } from './kube-score.js';

describe('kube-score adapter', () => {
  it('asks for JSON v2 with the same flags', () => {
    expect(buildKubeScoreArgs(['a.yaml'], DEFAULT_SCORE_OPTIONS)).toEqual(['score', '--output-format', 'json', '--output-version', 'v2', '--kubernetes-version', 'v1.18', '--min-replicas-deployment', '2', '--min-replicas-hpa', '2', 'a.yaml']);
  });
  it('honours FLIGHTCHECK_KUBE_SCORE as an explicit path', () => {
    expect(kubeScoreSpec({ FLIGHTCHECK_KUBE_SCORE: '/opt/kube-score' }).path).toBe('/opt/kube-score');
    expect(kubeScoreSpec({}).path).toBeUndefined();
  });
});
