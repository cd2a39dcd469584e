import { describe, expect, it } from 'vitest';
import { parseProbeOutput, PROBE_SCRIPT } from './runtime-probe.js';

describe('runtime probe', () => {
  it('parses the probe output', () => {
    const f = parseProbeOutput('img', 'uid=50000\ngid=50000\nhome=/opt/airflow\nuserbase=/opt/airflow/.local\nwrite:/opt/airflow=yes\nwrite:/=no\nwrite:/etc=no\nwrite:/usr=no\npipmodule=/opt/airflow/.local/lib/python3.11/site-packages/flightcheck_probe.py\n');
    expect(f).toMatchObject({ uid: 50000, gid: 50000, home: '/opt/airflow', userBase: '/opt/airflow/.local', writable: { '/opt/airflow': true, '/': false }, pip: { location: expect.stringContaining('/opt/airflow/.local/') } });
    expect(parseProbeOutput('img', 'uid=abc\npiperror=\n').uid).toBeUndefined();
  });
  it('uses no network: pip runs with --no-index on a local package', () => {
    expect(PROBE_SCRIPT).toContain('--no-index');
    expect(PROBE_SCRIPT).toContain('--user');
  });
});
