import { describe, expect, it } from 'vitest';
import { runRules } from '@flightcheck/core';
import { healthyContainer as good } from '../__fixtures__/runtime-facts.js';
import { DEFAULT_OPTIONS } from '../options.js';
import type { RuntimeFacts } from '../runtime-probe.js';
import { runtimeWritable as rule } from './runtime-writable.js';

const run = (f: RuntimeFacts) => runRules([rule], f, { file: 'i', options: DEFAULT_OPTIONS });

describe(rule.meta.id, () => {
  it('passes when only the home is writable, whatever else is wrong', () => {
    expect(run(good)).toEqual([]);
    expect(run({ ...good, uid: 1000, pip: { error: 'no setuptools' } })).toEqual([]);
  });
  it('reports a writable system directory (critical) and a read-only home', () => {
    const f = run({ ...good, writable: { ...good.writable, '/opt/airflow': false, '/etc': true } });
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ['high', "The container's user cannot create a file in /opt/airflow"],
      ['critical', "The container's user can create files in /etc"],
    ]);
  });
  it('fails closed for a path that was not probed', () => {
    const { '/usr': _usr, ...probed } = good.writable;
    expect(run({ ...good, writable: probed, output: 'x' }).map((x) => x.message)).toEqual(['Writing to /usr was not probed (output: x)']);
  });
});
