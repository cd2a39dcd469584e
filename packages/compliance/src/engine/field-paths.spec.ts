import { parseManifestText } from '@flightcheck/k8s';
import { describe, expect, it } from 'vitest';
import { fieldPathOf } from './field-paths.js';

const [dep] = parseManifestText(
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, labels: {a: "b c"}}\nspec:\n  replicas: 1\n  template:\n    spec:\n      initContainers: [{name: i}]\n      containers:\n      - name: app\n        securityContext:\n          privileged: true\n',
  'd.yaml',
).objects;

describe('fieldPathOf', () => {
  it('finds the container field a comment is about, and its line', () => {
    const p = fieldPathOf(dep!, 'container-security-context-privileged', 'app', 'The container is privileged')!;
    expect(p).toEqual(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged']);
    expect(dep!.lineOf(p)).toBe(12);
    expect(fieldPathOf(dep!, 'container-image-tag', 'i', 'x')).toEqual(['spec', 'template', 'spec', 'initContainers', 0, 'image']);
    expect(fieldPathOf(dep!, 'container-resources', 'app', 'Memory request is not set')).toEqual(['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests', 'memory']);
  });
  it('object and pod fields; undefined when the check is about the whole object', () => {
    expect(dep!.lineOf(fieldPathOf(dep!, 'deployment-replicas', '', '')!)).toBe(5);
    expect(fieldPathOf(dep!, 'label-values', 'a', '')).toEqual(['metadata', 'labels', 'a']);
    expect(fieldPathOf(dep!, 'deployment-has-host-podantiaffinity', '', '')).toEqual(['spec', 'template', 'spec', 'affinity']);
    expect(fieldPathOf(dep!, 'pod-networkpolicy', '', '')).toBeUndefined();
    expect(fieldPathOf(dep!, 'container-image-tag', 'nobody', '')).toBeUndefined();
  });
});
