import { describe, expect, it } from 'vitest';
import { InputError } from '@flightcheck/core';
import { extractImages, podSpecPaths } from './manifests.js';

const D = `sha256:${'a'.repeat(64)}`;

describe('extractImages', () => {
  it('finds containers, init and ephemeral containers of every workload kind with lines', () => {
    const text = [
      'apiVersion: v1', //1
      'kind: Pod',
      'metadata: {name: p, namespace: ns}',
      'spec:',
      '  initContainers:', //5
      '    - name: init',
      '      image: busybox:1',
      '  containers:',
      '    - name: main',
      `      image: r.example/app@${D}`, //10
      '  ephemeralContainers:',
      '    - name: dbg',
      '      image: debug',
      '---',
      'apiVersion: batch/v1', //15
      'kind: CronJob',
      'metadata: {name: cj}',
      'spec:',
      '  jobTemplate:',
      '    spec:', //20
      '      template:',
      '        spec:',
      '          containers: [{name: c, image: "cron:1"}]',
      '---',
      'apiVersion: apps/v1', //25
      'kind: StatefulSet',
      'metadata: {name: s}',
      'spec:',
      '  template:',
      '    spec:', //30
      '      containers:',
      '        - {name: s1, image: s:1}',
    ].join('\n');
    const imgs = extractImages(text, 'm.yaml');
    expect(imgs.map((i) => [i.image, i.field, i.location.line, i.object.kind, i.object.name])).toEqual([
      [`r.example/app@${D}`, 'containers', 10, 'Pod', 'p'],
      ['busybox:1', 'initContainers', 7, 'Pod', 'p'],
      ['debug', 'ephemeralContainers', 13, 'Pod', 'p'],
      ['cron:1', 'containers', 23, 'CronJob', 'cj'],
      ['s:1', 'containers', 32, 'StatefulSet', 's'],
    ]);
    expect(imgs[0]!.object.namespace).toBe('ns');
  });

  it('reads pod templates embedded in ConfigMaps (Airflow pod_template_file) with their lines', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: airflow-pod-template}',
      'data:',
      '  pod_template_file.yaml: |', //5
      '    apiVersion: v1',
      '    kind: Pod',
      '    metadata: {name: worker}',
      '    spec:',
      '      containers:', //10
      '        - name: base',
      '          image: apache/airflow:3.1.3',
      '  other: "just text"',
    ].join('\n');
    const [img, ...rest] = extractImages(text, 'cm.yaml');
    expect(rest).toHaveLength(0);
    expect(img).toMatchObject({ image: 'apache/airflow:3.1.3', container: 'base', object: { kind: 'ConfigMap', name: 'airflow-pod-template' }, embeddedIn: 'ConfigMap airflow-pod-template data.pod_template_file.yaml' });
    expect(img!.location).toMatchObject({ line: 12, column: 18 });
  });

  it('walks List items and custom workload kinds with a pod template', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: a}\n    spec: {containers: [{name: x, image: x:1}]}\n---\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: r}\nspec: {template: {spec: {containers: [{name: y, image: y:1}]}}}\n';
    expect(extractImages(text, 'l.yaml').map((i) => i.image)).toEqual(['x:1', 'y:1']);
    expect(podSpecPaths({ kind: 'Service' })).toEqual([]);
  });

  it('rejects hostile YAML with a clear error', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    expect(() => extractImages(`${bomb}\nkind: Pod\n`, 'bomb.yaml')).toThrow(InputError);
    expect(() => extractImages('kind: Pod\nspec: [unclosed', 'bad.yaml')).toThrow(/bad.yaml.*invalid YAML/);
    expect(() => extractImages('x'.repeat((4 << 20) + 1), 'big.yaml')).toThrow(/over/);
    expect(extractImages('', 'empty.yaml')).toEqual([]);
  });
});
