import { describe, expect, it } from 'vitest';
import { readManifestText } from '../manifests.js';
import { buildTopology } from '../model/topology.js';
import { buildGateSubject, withDeclaredPods } from './subject.js';

const manifests = readManifestText(
  'apiVersion: v1\nkind: Pod\nmetadata: {name: db, namespace: n, labels: {app: db}}\nspec: {containers: [{name: c}]}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: n}\nspec:\n  podSelector: {matchLabels: {app: db}}\n  ingress: [{from: [{podSelector: {matchLabels: {role: task}}}], ports: [{port: 5432}]}]\n',
  'm.yaml',
);
const intent = { pods: [{ ns: 'n', name: 'task', labels: { role: 'task' }, ports: [], external: false }], allowAll: [], line: 1 };

describe('gate subject', () => {
  it('adds the declared pods and answers what is allowed between workloads', () => {
    const t = withDeclaredPods(buildTopology(manifests.objects), intent);
    expect(t.workloads.map((w) => w.display)).toEqual(['n/db[Pod]', 'n/task[Pod]']);
    const s = buildGateSubject(manifests, buildTopology(manifests.objects), intent);
    const [db, task] = s.own as [any, any];
    expect(s.between(task, db).toString()).toBe('TCP 5432');
    expect(s.resolve({ kind: 'selector', namespace: 'n', labels: { role: 'task' } })).toEqual([task]);
    const opener = s.openingRule('ingress', db, { w: task }, s.between(task, db));
    expect(opener?.policy.name).toBe('p');
    expect(opener?.rule.line).toBe(11);
  });
});
