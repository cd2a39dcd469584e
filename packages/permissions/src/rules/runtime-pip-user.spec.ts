import { describe, expect, it } from 'vitest';
import { runRules } from '@flightcheck/core';
import { healthyContainer as good } from '../__fixtures__/runtime-facts.js';
import { DEFAULT_OPTIONS } from '../options.js';
import type { RuntimeFacts } from '../runtime-probe.js';
import { runtimePipUser as rule } from './runtime-pip-user.js';

const run = (f: RuntimeFacts) => runRules([rule], f, { file: 'i', options: DEFAULT_OPTIONS });

describe(rule.meta.id, () => {
  it('passes when pip --user lands under home/.local, whatever else is wrong', () => {
    expect(run(good)).toEqual([]);
    expect(run({ ...good, uid: 1000, writable: { ...good.writable, '/etc': true } })).toEqual([]);
  });
  it('reports a failed install with its error', () => {
    expect(run({ ...good, pip: { error: 'no setuptools' } }).map((f) => [f.severity, f.message])).toEqual([['medium', 'pip install --user of a local package failed: no setuptools']]);
  });
  it('reports a package that landed elsewhere (high)', () => {
    const f = run({ ...good, pip: { location: '/usr/local/lib/python3.11/site-packages/flightcheck_probe.py' } });
    expect(f.map((x) => [x.severity, x.message])).toEqual([['high', 'pip install --user put the package in /usr/local/lib/python3.11/site-packages/flightcheck_probe.py; expected under /opt/airflow/.local/']]);
  });
});
