import { describe, expect, it } from 'vitest';
import { DEPLOYMENT, NAMESPACE } from './__fixtures__/judge.js';
import { toPodSecurityConfig } from './admission/config.js';
import { collectingSink } from './collect.js';
import { decide, judge } from './judge.js';
import { parseManifestText } from './manifests.js';

const config = toPodSecurityConfig({}, 'flightcheck.yaml', '/');
const POD_CM = `apiVersion: v1
kind: ConfigMap
metadata: {name: tpl, namespace: team}
data:
  pod.yaml: |
    apiVersion: v1
    kind: Pod
    metadata: {name: task}
    spec:
      containers:
        - name: base
          image: x
          securityContext: {privileged: true}
  bad.yaml: |
    kind: Pod
    a: [
`;
const text = [DEPLOYMENT('team', '{privileged: true}', 'first'), POD_CM, NAMESPACE({ enforce: 'restricted', 'enforce-version': 'v1.30' }, 'team'), DEPLOYMENT('team', undefined, 'second'), DEPLOYMENT('elsewhere', '{runAsUser: 0}')].join('---\n');

describe('collectingSink', () => {
  it('judges each object as it is read, to the report judge gives for all the objects at once (embedded templates after them)', () => {
    const c = collectingSink(config);
    parseManifestText(text, 'm.yaml', undefined, undefined, { recordPositions: true, sink: c.sink });
    const all = parseManifestText(text, 'm.yaml', undefined, undefined, { recordPositions: true }).objects;
    const judged = decide(c.parts, { config });
    expect(judged.findings.length).toBeGreaterThan(3);
    expect(c.parts[1].workloads.map((w) => w.title)).toEqual(['Pod team/task']);
    expect(c.embeddedProblems).toHaveLength(1);
    expect(c.embeddedProblems[0]!.error).toMatch(/^m\.yaml:\d+: ConfigMap team\/tpl key bad\.yaml: the pod template does not parse: /);
    // judge() over the objects, then over the embedded pod, the order run.ts always had
    const withEmbedded = judge(all, { config });
    expect(judged.findings.filter((f) => f.object?.name !== 'task')).toEqual(withEmbedded.findings);
  });
  it('rolls back what it took of a file that is discarded, embedded templates and their problems too', () => {
    const c = collectingSink(config);
    parseManifestText(DEPLOYMENT('a', '{privileged: true}'), 'one.yaml', undefined, undefined, { sink: c.sink });
    const before = JSON.stringify(c.parts);
    c.sink.begin();
    for (const o of parseManifestText(text, 'two.yaml').objects) c.sink.object(o);
    expect(c.embeddedProblems).toHaveLength(1);
    c.sink.discard();
    expect(JSON.stringify(c.parts)).toBe(before);
    expect(c.embeddedProblems).toEqual([]);
  });
  it('appends what another sink collected (a later part), in order, as plain data that survives a structured clone', () => {
    const [a, b] = text.split(/^---\n(?=apiVersion: v1\nkind: Namespace)/m);
    const whole = collectingSink(config);
    parseManifestText(text, 'm.yaml', undefined, undefined, { recordPositions: true, sink: whole.sink });
    const first = collectingSink(config);
    parseManifestText(a!, 'm.yaml', undefined, undefined, { recordPositions: true, sink: first.sink });
    const second = collectingSink(config);
    parseManifestText(`---\n${b}`, 'm.yaml', undefined, undefined, { recordPositions: true, sink: second.sink });
    first.append(structuredClone({ parts: second.parts, embeddedProblems: second.embeddedProblems }));
    // lines differ (the second part was read on its own from line 1): compare what does not depend on them
    const shape = (p: typeof whole.parts) => p.map((c) => [c.findings.map((f) => f.ruleId), c.workloads.map((w) => w.title), c.namespaces.map((n) => n.name)]);
    expect(shape(first.parts)).toEqual(shape(whole.parts));
    expect(decide(first.parts, { config }).findings.map((f) => [f.ruleId, f.severity, f.object?.name])).toEqual(decide(whole.parts, { config }).findings.map((f) => [f.ruleId, f.severity, f.object?.name]));
  });
});
