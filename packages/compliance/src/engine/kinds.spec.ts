import { describe, expect, it } from 'vitest';
import { allContainers, isRecognised, podTemplateOf } from './kinds.js';

describe('kinds', () => {
  it('knows every apiVersion kube-score decodes', () => {
    expect(isRecognised('extensions/v1beta1', 'Ingress')).toBe(true);
    expect(isRecognised('autoscaling/v2beta2', 'HorizontalPodAutoscaler')).toBe(true);
    expect(isRecognised('v1', 'ConfigMap')).toBe(false);
    expect(isRecognised('apps/v1', 'ReplicaSet')).toBe(false);
  });
  it('finds templates and lists init containers first', () => {
    expect(podTemplateOf('Service', {}, 'n')).toBeUndefined();
    expect(podTemplateOf('Job', { spec: { template: { metadata: { labels: { a: 1 } } } } }, 'n')).toMatchObject({ labels: { a: '1' }, namespace: 'n' });
    expect(allContainers({ containers: [{ name: 'c' }], initContainers: [{ name: 'i' }] }).map((c) => c.name)).toEqual(['i', 'c']);
  });
});
