import { describe, expect, it } from 'vitest';
import { runRules } from '@flightcheck/core';
import { DEFAULT_OPTIONS } from '../options.js';
import type { RuntimeFacts } from '../runtime-probe.js';
import { runtimePipUser as rule } from './runtime-pip-user.js';

const good: RuntimeFacts = { image: 'i', uid: 50000, gid: 50000, home: '/opt/airflow', userBase: '/opt/airflow/.local', writable: { '/opt/airflow': true, '/': false, '/etc': false, '/usr': false }, pip: { location: '/opt/airflow/.local/lib/python3.11/site-packages/flightcheck_probe.py' }, output: '' };

describe(rule.meta.id, () => {
  it('passes a correct container', () => expect(runRules([rule], good, { file: 'i', options: DEFAULT_OPTIONS })).toEqual([]));
  it('fails a wrong one', () => {
    const bad: RuntimeFacts = { ...good, uid: 1000, writable: { ...good.writable, '/etc': true }, pip: { error: 'no setuptools' } };
    expect(runRules([rule], bad, { file: 'i', options: DEFAULT_OPTIONS }).length).toBeGreaterThan(0);
  });
});
