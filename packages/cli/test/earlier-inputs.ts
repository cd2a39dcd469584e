import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeImageArchive, type EntrySpec } from '@flightcheck/oci/testing';
// the OSV zip writer of image-scan's own tests: it writes unsafe names as given
import { writeZip } from '../../image-scan/test/support/write-zip.mjs';

/** One hostile input through the real CLI (hostile-inputs.test.ts runs each and holds it to the list's rules). */
export interface Case {
  name: string;
  /** Writes the input into `dir`; returns the CLI arguments. */
  setup(dir: string): Promise<string[]> | string[];
  boundMs: number;
  /** What the output must say: the clear message. */
  says: RegExp;
  /** The exit code it must end with (the list allows 0-2; each input has its own). */
  exit?: number;
}

const put = (dir: string, name: string, text: string | Buffer): string => {
  const file = join(dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return name;
};

const osvRecord = (id: string, name: string, fixed: string) => JSON.stringify({ id, modified: new Date().toISOString(), affected: [{ package: { ecosystem: 'Debian:12', name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }] }] });

/** An image whose dpkg status and Python metadata are broken, and an OSV database with a malformed record and a zip entry that escapes. */
async function brokenScan(dir: string): Promise<string[]> {
  const entries: EntrySpec[] = [
    { path: 'etc', type: 'dir' },
    { path: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n' },
    { path: 'var/lib/dpkg/status', content: 'Package: libc6\nStatus: install ok installed\nSource: glibc\nVersion: 2.36-9+deb12u4\nArchitecture: amd64\n\nPackage broken\nthis is not a stanza\n\nPackage: nover\nStatus: install ok installed\n\n' },
    { path: 'usr/lib/python3/dist-packages/broken-0.dist-info/METADATA', content: 'Metadata-Version: 2.1\nName: broken\n' },
  ];
  await writeImageArchive(join(dir, 'image.tar'), { user: '50000:50000', layers: [{ entries }] });
  put(dir, 'db/Debian:12/DEBIAN-CVE-2099-1.json', osvRecord('DEBIAN-CVE-2099-1', 'glibc', '2.36-9+deb12u5'));
  put(dir, 'db/Debian:12/bad.json', '{"id": 5, "affected": "x"');
  writeZip(join(dir, 'db/all.zip'), [{ name: '../evil.json', data: '{}' }]);
  put(dir, 'db/flightcheck-osv-db.json', JSON.stringify({ fetchedAt: new Date().toISOString(), ecosystems: [] }));
  return ['image-scan', '--archive', 'image.tar', '--engine', 'builtin', '--osv-db', 'db'];
}

const image = async (dir: string, entries: EntrySpec[]): Promise<string[]> => {
  await writeImageArchive(join(dir, 'image.tar'), { user: '50000:50000', layers: [{ entries: [{ path: 'etc', type: 'dir' }, { path: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' }] }, { entries }] });
  return ['permissions', '--archive', 'image.tar'];
};

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

/** The bad inputs of the earlier issues (3, 4, 5, 6, 13, 14, 15, 18), and issue 12's JSON nesting. */
export const EARLIER: Case[] = [
  // issue 3: dockerfile-lint
  { name: 'a binary Dockerfile', setup: (d) => ['dockerfile-lint', put(d, 'Dockerfile', Buffer.from([0x46, 0, 0xff, 1]))], boundMs: 30_000, says: /Dockerfile: is a binary file \(contains NUL bytes\)/, exit: 2 },
  { name: 'an empty Dockerfile', setup: (d) => ['dockerfile-lint', put(d, 'Dockerfile', '')], boundMs: 30_000, says: /Dockerfile is empty: there was nothing to lint/, exit: 0 },
  { name: 'a 10 MB Dockerfile', setup: (d) => ['dockerfile-lint', put(d, 'Dockerfile', `FROM debian:12.5\n${'# x\n'.repeat(2_600_000)}`)], boundMs: 30_000, says: /Dockerfile: is 104\d{5} bytes, over the limit of 4194304/, exit: 2 },
  { name: 'an unterminated heredoc', setup: (d) => ['dockerfile-lint', '--no-shellcheck', put(d, 'Dockerfile', 'FROM a:1\nRUN <<EOF\necho hi\n')], boundMs: 30_000, says: /DL1000 +Dockerfile:2:1 +unterminated heredoc/, exit: 1 },
  { name: 'a missing Dockerfile', setup: () => ['dockerfile-lint', 'nope/Dockerfile'], boundMs: 30_000, says: /nope\/Dockerfile: no such file or directory/, exit: 2 },
  { name: 'a directory without Dockerfiles', setup: (d) => (mkdirSync(join(d, 'sub')), ['dockerfile-lint', 'sub']), boundMs: 30_000, says: /sub: directory contains no Dockerfile/, exit: 2 },
  { name: 'one unreadable Dockerfile among good ones', setup: (d) => ['dockerfile-lint', '--no-shellcheck', put(d, 'a.Dockerfile', 'FROM debian:latest\n'), put(d, 'b.Dockerfile', Buffer.from([0, 1]))], boundMs: 30_000, says: /DL3007[\s\S]*b\.Dockerfile: is a binary file \(contains NUL bytes\) \(not linted\)/, exit: 1 },
  // issue 4: compliance
  { name: 'invalid YAML', setup: (d) => ['compliance', put(d, 'bad.yaml', 'a: [1\n')], boundMs: 30_000, says: /bad\.yaml:2: invalid YAML/, exit: 2 },
  { name: 'a 50 MB manifest', setup: (d) => ['compliance', put(d, 'big.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n${'  k: v\n'.repeat(8_400_000)}`)], boundMs: 60_000, says: /big\.yaml: is 5\d{7} bytes/, exit: 2 },
  { name: 'a document that is a scalar, and one that is a list', setup: (d) => ['compliance', put(d, 'scalar.yaml', 'hello\n'), put(d, 'list.yaml', '- a\n- b\n')], boundMs: 30_000, says: /scalar\.yaml:1: the document is a scalar \("hello"\), not a Kubernetes object/, exit: 2 },
  { name: 'an object without kind', setup: (d) => ['compliance', put(d, 'nokind.yaml', 'apiVersion: v1\nmetadata: {name: x}\n')], boundMs: 30_000, says: /passed over 1 document\(s\) without apiVersion or kind: .*nokind\.yaml:1/, exit: 0 },
  { name: 'a Pod with no containers', setup: (d) => ['compliance', put(d, 'pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {}\n')], boundMs: 30_000, says: /pod\.yaml:1 Pod x .*No containers defined/, exit: 1 },
  { name: 'a selector with an invalid operator', setup: (d) => ['compliance', put(d, 'np.yaml', 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: x, namespace: a}\nspec:\n  podSelector: {matchExpressions: [{key: a, operator: Near, values: [b]}]}\n')], boundMs: 30_000, says: /np\.yaml:1: NetworkPolicy x: .*"Near" is not a valid label selector operator/, exit: 2 },
  // issue 5: permissions on an image archive
  { name: 'a truncated image archive', setup: async (d) => {
    const args = await image(d, [{ path: 'opt/f', content: 'x'.repeat(4096) }]);
    const { truncateSync, statSync } = await import('node:fs');
    truncateSync(join(d, 'image.tar'), Math.floor(statSync(join(d, 'image.tar')).size / 2));
    return args;
  }, boundMs: 60_000, says: /image\.tar: .*(truncated|missing|ends|short|corrupt)/i, exit: 2 },
  { name: 'a layer entry that escapes the root (../)', setup: (d) => image(d, [{ path: '../../etc/evil', content: 'x' }]), boundMs: 60_000, says: /\.\.\/\.\.\/etc\/evil/, exit: 1 },
  // issue 6: image-scan's inventory and OSV database: the scan goes on with what it can read (the medium finding
  // is under the default fail-on of high) and says what it skipped
  { name: 'a malformed OSV record, an escaping zip entry, broken dpkg stanzas, a METADATA without a version', setup: brokenScan, boundMs: 120_000, says: /malformed OSV record[\s\S]*all\.zip!\.\.\/evil\.json: unsafe path[\s\S]*not a "Field: value" line[\s\S]*package nover has no Version[\s\S]*Python package broken has no Version[\s\S]*DEBIAN-CVE-2099-1 .*libc6 2\.36-9\+deb12u4 .*fixed in 2\.36-9\+deb12u5/, exit: 0 },
  // issue 13, 14, 15, 18: the manifest checks and airflow
  { name: 'an invalid CIDR (network-policy)', setup: (d) => ['network-policy', 'check', put(d, 'np.yaml', 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: x, namespace: a}\nspec:\n  podSelector: {}\n  ingress:\n  - from:\n    - ipBlock: {cidr: 10.0.0.0/33}\n')], boundMs: 60_000, says: /np\.yaml:8 NetworkPolicy a\/x .*invalid CIDR "10\.0\.0\.0\/33"/, exit: 1 },
  { name: 'a binding to a missing role, a subject kind that does not exist (rbac)', setup: (d) => ['rbac', put(d, 'rb.yaml', 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: b, namespace: a}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: missing}\nsubjects:\n- {kind: Robot, name: r}\n')], boundMs: 60_000, says: /rb\.yaml:4 RoleBinding a\/b .*Role a\/missing does not exist[\s\S]*rb\.yaml:6 .*kind "Robot"/, exit: 0 },
  { name: 'unknown Pod Security levels and versions (pod-security)', setup: (d) => ['pod-security', put(d, 'ns.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels: {pod-security.kubernetes.io/enforce: superstrict, pod-security.kubernetes.io/enforce-version: v9.99}\n')], boundMs: 60_000, says: /ns\.yaml:5 .*enforce="superstrict" must be one of privileged, baseline, restricted[\s\S]*"v9\.99" must be v1\.N or latest/, exit: 1 },
  { name: 'a malformed airflow.cfg with a duplicate section and a _cmd option (airflow)', setup: (d) => (put(d, 'af/airflow.cfg', '[core]\nexecutor = Local\n[core]\nx\nsql_alchemy_conn_cmd = cat /etc/x\n'), put(d, 'af/Dockerfile', 'FROM apache/airflow:2.10.0\nCOPY airflow.cfg /opt/airflow/airflow.cfg\n'), ['airflow', 'af']), boundMs: 60_000, says: /airflow\.cfg:5 .*sql_alchemy_conn_cmd: a command Airflow runs for the value; never run here[\s\S]*airflow\.cfg:3 .*section \[core\] already appears on line 1/, exit: 0 },
  // issue 12: JSON nested 100,000 deep (JSON.stringify of it overflows the stack)
  { name: 'a report nested 100,000 deep (flightcheck report)', setup: (d) => ['report', put(d, 'r.json', `{"schemaVersion":"1.0.0","results":[{"check":"x","target":"t","findings":[\n{"ruleId":"R","severity":"high","message":"m","status":"fail","properties":{"p":${deep(100_000)}}}]}]}`), '--format', 'json'], boundMs: 30_000, says: /r\.json:2: JSON nesting deeper than 200/, exit: 2 },
];
