import { describe, expect, it } from 'vitest';
import { runRules } from '@flightcheck/core';
import { healthyContainer as good } from '../__fixtures__/runtime-facts.js';
import { DEFAULT_OPTIONS } from '../options.js';
import type { RuntimeFacts } from '../runtime-probe.js';
import { RUNTIME_RULES } from './runtime.js';

const run = (f: RuntimeFacts) => runRules(RUNTIME_RULES, f, { file: 'i', options: DEFAULT_OPTIONS });

describe('runtime rules', () => {
  it('pass a correct container', () => expect(run(good)).toEqual([]));
  it('fail root, system writes, wrong user base and pip elsewhere', () => {
    const f = run({ ...good, uid: 0, gid: 0, home: '/root', userBase: '/root/.local', writable: { '/opt/airflow': false, '/': true, '/etc': true, '/usr': true }, pip: { location: '/usr/local/lib/python3.11/site-packages/flightcheck_probe.py' } });
    expect(f.map((x) => x.ruleId)).toEqual(['runtime-identity', 'runtime-identity', 'runtime-identity', 'runtime-identity', 'runtime-writable', 'runtime-writable', 'runtime-writable', 'runtime-writable', 'runtime-pip-user']);
    expect(f[0]).toMatchObject({ severity: 'critical', message: 'The container runs as UID 0; expected 50000' });
  });
  it('fail closed when the probe said nothing', () => {
    const f = run({ image: 'i', writable: {}, pip: {}, output: 'sh: not found' });
    expect(f.length).toBeGreaterThanOrEqual(6);
  });
});
