import { describe, expect, it } from 'vitest';
import { readManifestText } from '../manifests.js';
import type { Problem } from './types.js';
import { buildWorkloads } from './workloads.js';

const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  replicas: 3
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, ports: [{name: http, containerPort: 8080}, {containerPort: 99999}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web-abc, labels: {app: rs}, ownerReferences: [{kind: ReplicaSet, name: web-5f, controller: true}]}
spec: {containers: [{name: c}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web-def, labels: {app: rs}, ownerReferences: [{kind: ReplicaSet, name: web-5f, controller: true}]}
spec: {containers: [{name: c}]}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec: {jobTemplate: {spec: {template: {metadata: {labels: {job: n}}, spec: {containers: [{name: c}]}}}}}
`;

describe('workloads', () => {
  it('models one pod per workload, pods under their owner, default namespace', () => {
    const problems: Problem[] = [];
    const ws = buildWorkloads(readManifestText(text, 'w.yaml').objects, problems);
    expect(ws.map((w) => w.display)).toEqual(['shop/web[Deployment]', 'default/web-5f[ReplicaSet]', 'default/nightly[CronJob]']);
    expect(ws[0]!.ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
    expect(ws[2]!.labels).toEqual({ job: 'n' });
    expect(problems[0]!.message).toMatch(/99999.*not a port number/);
    expect(problems[0]!.line).toBeGreaterThan(1);
  });
});
