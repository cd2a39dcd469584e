#!/usr/bin/env node
// Benchmark of `flightcheck network-policy list`: a generated set of 20 namespaces, N workloads and N policies
// (a default-deny per namespace, allows by pod and namespace labels with matchExpressions, ipBlocks with except,
// port ranges and named ports), analysed in one CLI call. Medians of several runs, peak RSS (GNU time's %M when
// /usr/bin/time exists, else the child's maxRSS from getrusage), for N and N/2, and the ratio when N doubles.
//   node tools/bench/network-policy.mjs [--workloads 2000] [--runs 3]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const N = opt('--workloads', 2000);
const RUNS = opt('--runs', 3);
const NAMESPACES = 20;

/** The manifests as JSON documents in one YAML stream (JSON is YAML; the generator needs no YAML library). */
function generate(n) {
  const docs = [];
  for (let k = 0; k < NAMESPACES; k++) docs.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: `ns-${k}`, labels: { team: `t${k % 5}`, env: k % 2 ? 'prod' : 'dev' } } });
  for (let i = 0; i < n; i++) {
    const ns = `ns-${i % NAMESPACES}`;
    const labels = { app: `app-${i}`, tier: ['web', 'api', 'db', 'cache'][i % 4], group: `g${i % 10}` };
    docs.push({
      apiVersion: 'apps/v1', kind: i % 5 === 0 ? 'StatefulSet' : 'Deployment', metadata: { name: `app-${i}`, namespace: ns },
      spec: { replicas: 2, selector: { matchLabels: { app: labels.app } }, template: { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'x', ports: [{ name: 'http', containerPort: 8080 }, { name: 'metrics', containerPort: 9090 }, { containerPort: 5000 + (i % 50), protocol: i % 3 ? 'TCP' : 'UDP' }] }] } } },
    });
  }
  let p = 0;
  for (let k = 0; k < NAMESPACES && p < n; k++, p++) docs.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'default-deny', namespace: `ns-${k}` }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } });
  for (let i = 0; p < n; i++, p++) {
    const ns = `ns-${i % NAMESPACES}`;
    const tier = ['web', 'api', 'db', 'cache'][i % 4];
    const kind = i % 4;
    const spec = { podSelector: { matchLabels: { tier }, matchExpressions: [{ key: 'group', operator: 'In', values: [`g${i % 10}`, `g${(i + 3) % 10}`] }] }, policyTypes: ['Ingress', 'Egress'] };
    if (kind === 0) spec.ingress = [{ from: [{ podSelector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }] } }], ports: [{ port: 'http' }, { port: 8000, endPort: 8100 }] }];
    if (kind === 1) spec.ingress = [{ from: [{ namespaceSelector: { matchLabels: { team: `t${i % 5}` } }, podSelector: { matchLabels: { tier: 'web' } } }], ports: [{ port: 'metrics' }] }];
    if (kind === 2) spec.egress = [{ to: [{ ipBlock: { cidr: `10.${i % 250}.0.0/16`, except: [`10.${i % 250}.${i % 200}.0/24`] } }], ports: [{ port: 443 }, { port: 5000, endPort: 5050, protocol: 'UDP' }] }];
    if (kind === 3) spec.egress = [{ to: [{ namespaceSelector: { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod'] }] }, podSelector: { matchLabels: { tier: 'api' } } }], ports: [{ port: 'http' }] }, { to: [{ podSelector: { matchLabels: { app: `app-${(i * 7) % n}` } } }] }];
    docs.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `np-${i}`, namespace: ns }, spec });
  }
  const dir = mkdtempSync(join(tmpdir(), 'fc-bench-np-'));
  writeFileSync(join(dir, 'manifests.yaml'), docs.map((d) => JSON.stringify(d)).join('\n---\n'));
  return dir;
}

const gnuTime = existsSync('/usr/bin/time');
function once(dir) {
  const cli = [join(root, 'packages/cli/bin/flightcheck.js'), 'network-policy', 'list', dir, '--format', 'np-guard-json'];
  const t0 = process.hrtime.bigint();
  const r = gnuTime ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...cli], { encoding: 'utf8', maxBuffer: 1 << 30 }) : spawnSync(process.execPath, cli, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`flightcheck failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const [rss, user, sys] = gnuTime ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { s, cpu: user + sys, rssMb: rss / 1024, lines: JSON.parse(r.stdout).length };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const results = [];
for (const n of [N / 2, N]) {
  const dir = generate(n);
  const runs = Array.from({ length: RUNS }, () => once(dir));
  results.push({ workloads: n, policies: n, seconds: median(runs.map((r) => r.s)), cpu: median(runs.map((r) => r.cpu)), peakRssMb: Math.max(...runs.map((r) => r.rssMb)), connections: runs[0].lines });
}
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} (${RUNS} runs each, medians)`);
for (const r of results) console.log(`${r.workloads} workloads, ${r.policies} policies: ${r.seconds.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU (user+sys), peak RSS ${r.peakRssMb.toFixed(0)} MB, ${r.connections} connections`);
console.log(`doubling ratio ${(results[1].seconds / results[0].seconds).toFixed(2)} wall, ${(results[1].cpu / results[0].cpu).toFixed(2)} CPU (time for ${N} / time for ${N / 2})`);
