import type { RuntimeFacts } from '../runtime-probe.js';

/** What the probe reports for a container that is set up as the defaults expect (UID/GID 50000, /opt/airflow). */
export const healthyContainer: RuntimeFacts = {
  image: 'i',
  uid: 50000,
  gid: 50000,
  home: '/opt/airflow',
  userBase: '/opt/airflow/.local',
  writable: { '/opt/airflow': true, '/': false, '/etc': false, '/usr': false },
  pip: { location: '/opt/airflow/.local/lib/python3.11/site-packages/flightcheck_probe.py' },
  output: '',
};
