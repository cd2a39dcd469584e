import { describe, expect, it } from 'vitest';
import { allContainers, containersOnly, podTemplateOf, stringMap } from './kinds.js';

describe('kinds', () => {
  it('finds the template of every pod-carrying kind, with its path, and inherits the namespace', () => {
    const t = { metadata: { labels: { a: 1 } }, spec: { containers: [] } };
    const cases: [string, Record<string, any>, (string | number)[]][] = [
      ['Pod', t, ['spec']],
      ['PodTemplate', { template: t }, ['template', 'spec']],
      ['Deployment', { spec: { template: t } }, ['spec', 'template', 'spec']],
      ['StatefulSet', { spec: { template: t } }, ['spec', 'template', 'spec']],
      ['DaemonSet', { spec: { template: t } }, ['spec', 'template', 'spec']],
      ['ReplicaSet', { spec: { template: t } }, ['spec', 'template', 'spec']],
      ['ReplicationController', { spec: { template: t } }, ['spec', 'template', 'spec']],
      ['Job', { spec: { template: t } }, ['spec', 'template', 'spec']],
      ['CronJob', { spec: { jobTemplate: { spec: { template: t } } } }, ['spec', 'jobTemplate', 'spec', 'template', 'spec']],
    ];
    for (const [kind, raw, specPath] of cases) {
      expect(podTemplateOf({ kind, raw, metadata: { namespace: 'n' } }), kind).toEqual({ namespace: 'n', labels: { a: '1' }, annotations: {}, spec: { containers: [] }, specPath });
    }
  });
  it('has no template for other kinds, and reads missing levels as empty', () => {
    expect(podTemplateOf({ kind: 'Service', raw: {} })).toBeUndefined();
    expect(podTemplateOf({ kind: 'Deployment', raw: { spec: 'x' } })).toMatchObject({ namespace: '', labels: {}, spec: {} });
  });
  it('lists init containers first and drops entries that are not mappings', () => {
    const spec = { containers: [{ name: 'c' }, 'x', null, [1]], initContainers: [{ name: 'i' }] };
    expect(allContainers(spec).map((c) => c.name)).toEqual(['i', 'c']);
    expect(containersOnly(spec).map((c) => c.name)).toEqual(['c']);
    expect(allContainers({ containers: 'no' })).toEqual([]);
  });
  it('stringMap writes null as empty and numbers as text', () => {
    expect(stringMap({ a: null, b: 1, c: true })).toEqual({ a: '', b: '1', c: 'true' });
    expect(stringMap(['x'])).toEqual({});
  });
});
