import { describe, expect, it } from 'vitest';
import { runRules } from '@flightcheck/core';
import { healthyContainer as good } from '../__fixtures__/runtime-facts.js';
import { DEFAULT_OPTIONS } from '../options.js';
import type { RuntimeFacts } from '../runtime-probe.js';
import { runtimeIdentity as rule } from './runtime-identity.js';

const run = (f: RuntimeFacts) => runRules([rule], f, { file: 'i', options: DEFAULT_OPTIONS });

describe(rule.meta.id, () => {
  it('passes a correct container, whatever else is wrong with it', () => {
    expect(run(good)).toEqual([]);
    expect(run({ ...good, writable: { ...good.writable, '/etc': true }, pip: { error: 'no setuptools' } })).toEqual([]);
  });
  it('reports a wrong UID (critical for root), GID, HOME and user base', () => {
    expect(run({ ...good, uid: 1000 }).map((f) => [f.severity, f.message])).toEqual([['high', 'The container runs as UID 1000; expected 50000']]);
    expect(run({ ...good, uid: 0 })[0]).toMatchObject({ severity: 'critical' });
    expect(run({ ...good, gid: 0, home: '/root', userBase: '/root/.local' }).map((f) => f.message)).toEqual([
      'The container runs with GID 0; expected 50000',
      'HOME is /root in the container; expected /opt/airflow',
      'python3 -m site --user-base is /root/.local; expected /opt/airflow/.local',
    ]);
  });
  it('fails closed when the probe did not report the ids', () => {
    const { uid: _u, gid: _g, ...rest } = good;
    expect(run({ ...rest, output: 'id: not found' }).map((f) => f.message)).toEqual(['The probe did not report the UID (output: id: not found)', 'The probe did not report the GID (output: id: not found)']);
  });
});
