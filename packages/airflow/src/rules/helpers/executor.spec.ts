import { describe, expect, it } from 'vitest';
import { parseSubject } from '../../subject.js';
import { scheduler } from '../__fixtures__/template.js';
import { kubernetesSchedulers } from './executor.js';

describe('kubernetesSchedulers', () => {
  it('reads the executor namespace, multi-namespace mode and the ServiceAccount', () => {
    const [s] = kubernetesSchedulers(parseSubject(scheduler({ executorNs: 'tasks', multi: true, nsList: 'a, b' }), 's.yaml'));
    expect(s).toMatchObject({ namespace: 'tasks', multi: true, namespaceList: ['a', 'b'], sa: 'airflow-scheduler' });
    expect(s!.namespaceWhere.line).toBe(15);
  });
  it('ignores schedulers of other executors', () => {
    expect(kubernetesSchedulers(parseSubject(scheduler().replace('value: KubernetesExecutor', 'value: CeleryExecutor'), 's.yaml'))).toEqual([]);
  });
});
