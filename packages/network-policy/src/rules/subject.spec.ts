import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRules, type Finding } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { buildGateSubject } from '../gate/subject.js';
import { loadIntent } from '../intent/intent.js';
import { readManifestText } from '../manifests.js';
import { buildTopology } from '../model/topology.js';

/** Runs one rule on manifests (YAML) and a flightcheck.yaml (text); used by the rule specs. */
export function findingsOf(rule: unknown, manifests: string, policy = ''): Finding[] {
  const f = join(mkdtempSync(join(tmpdir(), 'np-rule-')), 'flightcheck.yaml');
  writeFileSync(f, policy);
  const loaded = readManifestText(manifests, 'm.yaml');
  const s = buildGateSubject(loaded, buildTopology(loaded.objects), loadIntent(f));
  return runRules([rule as never], s, { file: 'm.yaml' });
}

export const AIRFLOWISH = `apiVersion: v1
kind: Pod
metadata: {name: db, namespace: n, labels: {app: db}}
spec: {containers: [{name: c, ports: [{containerPort: 5432}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: n, labels: {app: web}}
spec: {containers: [{name: c}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: n}
spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-in, namespace: n}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: web}}}]
    ports: [{port: 5432}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-out, namespace: n}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: db}}}]
    ports: [{port: 5432}]
`;

describe('rule spec helper', () => {
  it('builds a subject from text', () => {
    expect(findingsOf({ meta: { id: 'x', messages: { m: 'm' } }, check() {} }, AIRFLOWISH)).toEqual([]);
  });
});
