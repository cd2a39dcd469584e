#!/usr/bin/env node
// Benchmark of `flightcheck pod-security`: 10,000 workloads (Deployment, StatefulSet, DaemonSet, Job, CronJob,
// Pod) in 100 namespaces, half enforcing restricted and half enforcing baseline (warning at restricted), judged
// in one CLI call as admission would; every workload is also evaluated at both levels for each policy version
// (the per-workload level summary). About one workload in four violates a check (--mostly-clean: one in a
// hundred); the lines of a violating workload's fields come from the node records k8s keeps while js-yaml reads the
// stream (no second read of the document). Reports medians of several
// runs, wall and CPU (user + system, from /usr/bin/time when present), and the load average.
// --jobs N is passed to the CLI (threads for a large file; default: the CLI's own choice).
//   node tools/bench/pod-security.mjs [--workloads 10000] [--runs 5] [--mostly-clean] [--jobs N]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchArgs, loadText, median, root, writeManifests } from './lib/bench.mjs';

const { opt, flag, value } = benchArgs();
const JOBS = value('--jobs');
const WORKLOADS = opt('--workloads', 10_000);
const RUNS = opt('--runs', 5);
const NAMESPACES = 100;
// --mostly-clean: about one workload in a hundred violates a check (a gate's usual input) instead of one in four
const SPARSE = flag('--mostly-clean') ? 20 : 1;
const KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod'];

const container = (name, i) => ({
  name,
  image: `registry.example/${name}:1.2.3`,
  ports: [{ name: 'http', containerPort: 8080, ...(i % (50 * SPARSE) === 7 ? { hostPort: 8080 } : {}) }],
  resources: { limits: { cpu: '500m', memory: '512Mi' }, requests: { cpu: '250m', memory: '256Mi' } },
  securityContext: {
    runAsUser: i % (40 * SPARSE) === 3 ? 0 : 50000,
    allowPrivilegeEscalation: i % (25 * SPARSE) === 1,
    capabilities: { drop: ['ALL'], ...(i % (30 * SPARSE) === 5 ? { add: ['NET_ADMIN'] } : {}) },
    ...(i % (100 * SPARSE) === 9 ? { privileged: true } : {}),
  },
  readinessProbe: { httpGet: { path: '/ready', port: 8080 } },
});

function podSpec(app, i) {
  return {
    securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    ...(KINDS[i % KINDS.length] === 'Job' || KINDS[i % KINDS.length] === 'CronJob' ? { restartPolicy: 'Never' } : {}),
    initContainers: [container(`${app}-init`, i + 1)],
    containers: [container(app, i)],
    volumes: [{ name: 'tmp', emptyDir: {} }, ...(i % (60 * SPARSE) === 11 ? [{ name: 'host', hostPath: { path: '/var/run' } }] : [])],
  };
}

function workload(i) {
  const ns = `team-${i % NAMESPACES}`;
  const app = `app-${i}`;
  const kind = KINDS[i % KINDS.length];
  const meta = { name: app, namespace: ns, labels: { app } };
  const template = { metadata: { labels: { app } }, spec: podSpec(app, i) };
  if (kind === 'Pod') return { apiVersion: 'v1', kind, metadata: meta, spec: template.spec };
  if (kind === 'Job') return { apiVersion: 'batch/v1', kind, metadata: meta, spec: { template } };
  if (kind === 'CronJob') return { apiVersion: 'batch/v1', kind, metadata: meta, spec: { schedule: '@hourly', jobTemplate: { spec: { template } } } };
  return { apiVersion: 'apps/v1', kind, metadata: meta, spec: { selector: { matchLabels: { app } }, template } };
}

function namespace(n) {
  const level = n % 2 ? 'baseline' : 'restricted';
  const labels = { 'pod-security.kubernetes.io/enforce': level, 'pod-security.kubernetes.io/enforce-version': 'v1.35', 'pod-security.kubernetes.io/warn': 'restricted', 'pod-security.kubernetes.io/warn-version': 'v1.35' };
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: `team-${n}`, labels } };
}

const generated = [];
for (let n = 0; n < NAMESPACES; n++) generated.push(namespace(n));
for (let i = 0; i < WORKLOADS; i++) generated.push(workload(i));
const { dir, file, size } = writeManifests('bench-pod-security', generated);
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const cli = join(root, 'packages/cli/bin/flightcheck.js');
const cliArgs = [cli, 'pod-security', '--format', 'json', '--fail-on', 'none', ...(JOBS !== undefined ? ['--jobs', JOBS] : []), file];
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const wall = [];
const cpu = [];
const loadBefore = loadavg();
let out = '';
for (let i = 0; i < RUNS; i++) {
  const t = process.hrtime.bigint();
  if (timeBin) {
    const r = spawnSync(timeBin, ['-f', '%U %S', process.execPath, ...cliArgs], { maxBuffer: 1 << 30, encoding: 'utf8' });
    wall.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0) throw new Error(`the CLI failed: ${r.stderr}`);
    out = r.stdout;
    const [u, s] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    cpu.push((u + s) * 1000);
  } else {
    out = execFileSync(process.execPath, cliArgs, { maxBuffer: 1 << 30 }).toString();
    wall.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}
const loadAfter = loadavg();
const result = JSON.parse(out).results[0];
const fails = result.findings.filter((f) => f.status === 'fail');
const bySeverity = {};
for (const f of fails) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
const objects = new Set(fails.map((f) => `${f.object.kind}/${f.object.namespace}/${f.object.name}`)).size;
console.log(`workloads ${WORKLOADS} + ${NAMESPACES} namespaces (${(size / 1e6).toFixed(1)} MB), runs ${RUNS}${JOBS !== undefined ? `, --jobs ${JOBS}` : ''}; failing findings ${fails.length} (${JSON.stringify(bySeverity)}) on ${objects} workloads`);
console.log(`load average before ${loadText(loadBefore)}, after ${loadText(loadAfter)} (1, 5, 15 min), ${cpus().length} CPUs`);
console.log(`wall: median ${median(wall).toFixed(0)} ms   [${wall.map((x) => x.toFixed(0)).join(', ')}]`);
if (cpu.length) console.log(`cpu (user+sys): median ${median(cpu).toFixed(0)} ms   [${cpu.map((x) => x.toFixed(0)).join(', ')}]`);
console.log(`under 2 s (wall median): ${median(wall) < 2000 ? 'yes' : 'NO'}${cpu.length ? `; cpu median under 2 s: ${median(cpu) < 2000 ? 'yes' : 'NO'}` : ''}`);
