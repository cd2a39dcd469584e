import { runRules, type Rule } from '@flightcheck/core';
import { FileTree, type LayerEntry } from '@flightcheck/oci';
import { parseGroup, parsePasswd, resolveUser } from '../accounts.js';
import { DEFAULT_OPTIONS, type PermissionsOptions } from '../options.js';
import type { ImageSubject } from '../subject.js';

type E = Partial<LayerEntry> & { path: string };
const PASSWD = 'root:x:0:0::/root:/bin/sh\nairflow:x:50000:50000::/opt/airflow:/usr/sbin/nologin\n';

/** A subject from a list of entries (layer 0 unless given) on top of a correct airflow layout. */
export function subject(entries: E[] = [], user = '50000:50000', passwd = PASSWD, dpkg: string[] = []): ImageSubject {
  const tree = new FileTree();
  const base: E[] = [
    { path: '/opt/airflow', type: 'directory', uid: 50000, gid: 50000, mode: 0o755 },
    { path: '/opt/airflow/.local', type: 'directory', uid: 50000, gid: 50000, mode: 0o755 },
    { path: '/tmp', type: 'directory', mode: 0o1777 },
  ];
  for (const e of [...base, ...entries].sort((a, b) => (a.layer ?? 0) - (b.layer ?? 0))) {
    tree.add({ layer: 0, layerDigest: `sha256:${'0'.repeat(64)}`, type: 'file', mode: 0o644, uid: 0, gid: 0, size: 0, ...e });
  }
  tree.finish();
  const pw = parsePasswd(passwd);
  const gr = parseGroup('root:x:0:\nairflow:x:50000:\n');
  return { name: 'img', config: { config: { User: user } }, tree, passwd: pw, groups: gr, user: resolveUser(user, pw, gr), dpkgPaths: new Set(dpkg), layerCommands: ['RUN base'] };
}

export function run(rule: Rule<ImageSubject, string, PermissionsOptions>, s: ImageSubject, options: PermissionsOptions = DEFAULT_OPTIONS) {
  return runRules([rule], s, { file: 'img', options });
}
