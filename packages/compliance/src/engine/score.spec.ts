import { describe, expect, it } from 'vitest';
import { scoreAll, pod, deployment, service } from '../checks/__fixtures__/build.js';
import { objectKey } from './score.js';

describe('scoreObjects', () => {
  it('keys objects like kube-score and merges duplicates', () => {
    const scored = scoreAll([pod(), pod()]);
    expect(scored).toHaveLength(1);
    expect(scored[0]!.key).toBe('Pod/v1/ns/p');
    expect(objectKey({ kind: 'Deployment', apiVersion: 'apps/v1', metadata: { name: 'd' } })).toBe('Deployment/apps/v1//d');
  });
  it('--ignore-test removes the check; a disabled check keeps its grade and says why', () => {
    const scored = scoreAll([pod({ containers: [{ name: 'a', image: 'a' }] }, { annotations: { 'kube-score/ignore': 'container-image-tag' } })], { ignoreTests: ['service-type', 'pod-probes'] });
    const ids = scored[0]!.checks.map((c) => c.check.id);
    expect(ids).not.toContain('pod-probes');
    expect(scored[0]!.checks.find((c) => c.check.id === 'container-image-tag')).toMatchObject({ grade: 1, skipped: true, comments: [{ summary: 'Skipped because container-image-tag is ignored' }] });
  });
  it('runs pod checks on templates and deployment checks only on apps/v1', () => {
    const scored = scoreAll([deployment(), { ...deployment(), apiVersion: 'apps/v1beta2', metadata: { name: 'old', namespace: 'ns' } }, service()]);
    const cur = scored.find((o) => o.metadata.name === 'd')!.checks.map((c) => c.check.id);
    const old = scored.find((o) => o.metadata.name === 'old')!.checks.map((c) => c.check.id);
    expect(cur).toContain('deployment-strategy');
    expect(old).not.toContain('deployment-strategy');
    expect(old).toContain('container-image-tag');
  });
});
