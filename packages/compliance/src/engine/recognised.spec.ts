import { describe, expect, it } from 'vitest';
import { isRecognised } from './recognised.js';

describe('recognised kinds', () => {
  it('knows every apiVersion kube-score decodes, and nothing else', () => {
    expect(isRecognised('extensions/v1beta1', 'Ingress')).toBe(true);
    expect(isRecognised('autoscaling/v2beta2', 'HorizontalPodAutoscaler')).toBe(true);
    expect(isRecognised('v1', 'ConfigMap')).toBe(false);
    expect(isRecognised('apps/v1', 'ReplicaSet')).toBe(false);
    expect(isRecognised('v1', 'constructor')).toBe(false);
  });
});
