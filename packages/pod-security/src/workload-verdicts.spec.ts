import { describe, expect, it } from 'vitest';
import { PodEvaluator } from './engine/evaluate.js';
import { withApiServerDefaults } from './engine/pod.js';
import { parseManifestText } from './manifests.js';
import { judgeWorkload, pathText, violationsAt } from './workload-verdicts.js';

const deployment = (sc: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: ns}
spec:
  template:
    spec:
      runtimeClassName: gvisor
      containers:
        - name: app
          image: x
          securityContext: ${sc}
`;

function judged(sc: string) {
  const o = parseManifestText(deployment(sc), 'd.yaml', undefined, undefined, { recordPositions: true }).objects[0]!;
  const pod = { annotations: o.pod!.annotations, spec: withApiServerDefaults(o.pod!.spec, false) };
  return { o, pod, w: judgeWorkload(o, pod, o.pod!.specPath.slice(0, -1)) };
}

describe('judgeWorkload', () => {
  it('keeps, as plain data, the verdicts of every level and version that the pod evaluator gives', () => {
    const { pod, w } = judged('{privileged: true}');
    const ev = new PodEvaluator(pod);
    for (const level of ['baseline', 'restricted'] as const) {
      for (const minor of [0, 8, 19, 25, 35]) expect(violationsAt(w, level, minor).map((v) => [v.check, v.reason, v.detail])).toEqual(ev.violations(level, minor).map((v) => [v.check, v.reason, v.detail]));
    }
    expect(JSON.parse(JSON.stringify(w))).toEqual(w);
    expect(structuredClone(w)).toEqual(w);
  });
  it('places each violation\'s fields in the object, with their lines, and names the object', () => {
    const { w } = judged('{privileged: true}');
    const privileged = violationsAt(w, 'baseline', 35).find((v) => v.check === 'privileged')!;
    expect(privileged.fields).toEqual([{ path: 'spec.template.spec.containers[0].securityContext.privileged', line: 11, container: 'app' }]);
    expect(privileged.count).toBe(1);
    expect(w).toMatchObject({ title: 'Deployment ns/web', file: 'd.yaml', line: 1, source: 'd.yaml', namespace: 'ns', runtimeClassName: 'gvisor', ref: { kind: 'Deployment', namespace: 'ns', name: 'web' } });
    expect(w.ranges[w.ranges.length - 1]!.level).toBe('privileged');
  });
  it('asks no line of a clean workload (its document is never indexed)', () => {
    const { o, pod } = judged('{allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}');
    let asked = 0;
    const counted = { ...o, lineOf: (p: readonly (string | number)[]) => (asked++, o.lineOf(p)) };
    const w = judgeWorkload(counted, pod, o.pod!.specPath.slice(0, -1));
    expect(violationsAt(w, 'restricted', 35)).toEqual([]);
    expect(asked).toBe(0);
  });
  it('a slot without a verdict is an error, never a pass', () => {
    const { w } = judged('{privileged: true}');
    expect(() => violationsAt({ ...w, verdicts: [] }, 'baseline', 35)).toThrow(/was not judged/);
  });
});

describe('pathText', () => {
  it('writes keys with dots, indexes and odd keys in brackets', () => expect(pathText(['spec', 'containers', 0, 'a.b/c'])).toBe('spec.containers[0]["a.b/c"]'));
});
