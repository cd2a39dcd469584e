import type { ArchiveSpec, EntrySpec, LayerSpec } from '@flightcheck/oci/testing';

const PASSWD = 'root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n';
const GROUP = 'root:x:0:\nnogroup:x:65534:\n';

/** A Debian-like base layer: dpkg-owned python packages, the usual setuid binaries, /tmp 1777. */
export function baseLayer(): LayerSpec {
  const dirs = ['etc', 'tmp', 'usr', 'usr/bin', 'usr/lib', 'usr/lib/python3', 'usr/lib/python3/dist-packages', 'usr/local', 'usr/local/lib', 'usr/local/lib/python3.11', 'usr/local/lib/python3.11/site-packages', 'var', 'var/lib', 'var/lib/dpkg', 'var/lib/dpkg/info', 'opt'];
  const entries: EntrySpec[] = dirs.map((d) => ({ path: d, type: 'dir', mode: d === 'tmp' ? 0o1777 : 0o755 }));
  entries.push(
    { path: 'bin', type: 'symlink', linkTarget: 'usr/bin' },
    { path: 'etc/passwd', content: PASSWD },
    { path: 'etc/group', content: GROUP },
    { path: 'usr/bin/su', mode: 0o4755, content: 'su' },
    { path: 'usr/bin/passwd', mode: 0o4755, content: 'passwd' },
    { path: 'usr/bin/python3', mode: 0o755, content: 'py' },
    { path: 'usr/lib/python3/dist-packages/six-1.16.0.egg-info', type: 'dir' },
    { path: 'usr/lib/python3/dist-packages/pip-23.0.1.dist-info', type: 'dir' },
    { path: 'var/lib/dpkg/info/python3-six.list', content: '/.\n/usr\n/usr/lib/python3/dist-packages/six-1.16.0.egg-info\n' },
    { path: 'tmp/scratch', mode: 0o666, content: '' },
  );
  return { entries, createdBy: 'debootstrap' };
}

export interface UserLayerOptions {
  uid?: number;
  gid?: number;
  home?: string;
  homeOwner?: number;
  homeMode?: number;
}

/** What the Dockerfile's airflow-user stage does: user, group, home and directories. */
export function userLayer(o: UserLayerOptions = {}): LayerSpec {
  const uid = o.uid ?? 50000;
  const gid = o.gid ?? 50000;
  const home = o.home ?? '/opt/airflow';
  const owner = o.homeOwner ?? uid;
  return {
    createdBy: 'RUN groupadd && useradd',
    entries: [
      { path: 'etc/passwd', content: `root:x:0:0:root:/root:/bin/bash\nairflow:x:${uid}:${gid}:Apache Airflow:${home}:/usr/sbin/nologin\n` },
      { path: 'etc/group', content: `root:x:0:\nairflow:x:${gid}:\n` },
      { path: 'opt/airflow', type: 'dir', uid: owner, gid: owner === 0 ? 0 : gid, mode: o.homeMode ?? 0o755 },
      { path: 'opt/airflow/.local', type: 'dir', uid, gid, mode: 0o755 },
      { path: 'opt/airflow/dags', type: 'dir', uid, gid, mode: 0o755 },
    ],
  };
}

export function goodImage(extra: LayerSpec[] = [], user = '50000:50000'): ArchiveSpec {
  return { layers: [baseLayer(), userLayer(), ...extra], user, config: { Env: ['HOME=/opt/airflow', 'PATH=/usr/bin'] } };
}
