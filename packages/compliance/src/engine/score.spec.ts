import { describe, expect, it } from 'vitest';
import { scoreAll, pod, deployment, service } from '../checks/__fixtures__/build.js';
import { ALL_CHECKS } from '../checks/index.js';
import { parseManifests } from './parse.js';
import { DEFAULT_SCORE_OPTIONS } from './types.js';
import { objectKey, scoreObjects } from './score.js';

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

describe('scoreObjects cost', () => {
  it('is linear in the objects: sixteen times the groups of Deployment + Service + NetworkPolicy + PodDisruptionBudget + HorizontalPodAutoscaler in one namespace (the checks that relate objects to each other by selector) cost about sixteen times the time, under 96, far from the 256 of a quadratic (fastest of 5)', () => {
    const group = (i: number) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d${i}, namespace: shared}\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: a${i}}}\n  template:\n    metadata: {labels: {app: a${i}}}\n    spec:\n      containers:\n        - name: c\n          image: nginx:1.25\n          resources: {limits: {cpu: 100m, memory: 64Mi}}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: s${i}, namespace: shared}\nspec:\n  selector: {app: a${i}}\n  ports: [{port: 80}]\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np${i}, namespace: shared}\nspec:\n  podSelector: {matchLabels: {app: a${i}}}\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: pdb${i}, namespace: shared}\nspec:\n  minAvailable: 1\n  selector: {matchLabels: {app: a${i}}}\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h${i}, namespace: shared}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: d${i}}\n  minReplicas: 2\n  maxReplicas: 4\n`;
    const time = (n: number) => {
      const objects = parseManifests(Array.from({ length: n }, (_, i) => group(i)).join('---\n'), 'm.yaml').objects;
      expect(objects).toHaveLength(5 * n);
      const samples: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        const scored = scoreObjects(objects, ALL_CHECKS, DEFAULT_SCORE_OPTIONS);
        samples.push(performance.now() - t0);
        expect(scored).toHaveLength(5 * n);
      }
      // the fastest of 5: scheduling and GC noise only ever add time
      return Math.min(...samples);
    };
    time(50);
    const t1 = time(100);
    const t2 = time(1600);
    console.log(`scoreObjects: 500 objects ${t1.toFixed(1)} ms, 8,000 objects ${t2.toFixed(1)} ms (ratio ${(t2 / t1).toFixed(1)})`);
    expect(t2 / t1, `${t1.toFixed(1)} ms -> ${t2.toFixed(1)} ms`).toBeLessThan(96);
  }, 300_000);
});
