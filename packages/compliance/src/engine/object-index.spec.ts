import { parseManifestText } from '@flightcheck/k8s';
import { describe, expect, it } from 'vitest';
import { ObjectIndex } from './object-index.js';

const objs = parseManifestText(
  [
    'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: a}\nspec: {selector: {app: web}}',
    'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: a, labels: {app: web}}\nspec: {containers: []}',
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np, namespace: a}\nspec: {podSelector: {matchLabels: {app: web}}}',
    'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: pdb, namespace: b}\nspec: {selector: {matchLabels: {app: web}}}',
    'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h, namespace: a}\nspec: {scaleTargetRef: {kind: Deployment, name: d}}',
  ].join('\n---\n'),
  'f.yaml',
).objects;

describe('ObjectIndex', () => {
  const i = new ObjectIndex(objs);
  it('buckets selectors and pods by namespace', () => {
    expect(i.services.candidates('a', { app: 'web' }).map((o) => o.metadata.name)).toEqual(['web']);
    expect(i.netpols.candidates('a', { app: 'web' }).map((o) => o.metadata.name)).toEqual(['np']);
    expect(i.pdbs.candidates('a', { app: 'web' })).toEqual([]);
    expect(i.pods.candidates('a', { app: 'web' }).map((o) => o.metadata.name)).toEqual(['p']);
  });
  it('finds services by name, HPAs by target (kind case-insensitive), objects by identity', () => {
    expect(i.servicesNamed('a', 'web')).toHaveLength(1);
    expect(i.hpasTargeting('a', 'deployment', 'd').map((o) => o.metadata.name)).toEqual(['h']);
    expect(i.find('a', 'v1', 'Pod', 'p')).toHaveLength(1);
    expect(i.find('b', 'v1', 'Pod', 'p')).toEqual([]);
  });
});
