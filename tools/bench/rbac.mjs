#!/usr/bin/env node
// Benchmark of the rbac engine (compiled, packages/rbac/dist): 5,000 roles and 5,000 bindings over 500
// ServiceAccounts in 50 namespaces (plus users, groups and aggregated ClusterRoles). Each run is a fresh
// node process that loads the manifests, then times (1) the effective permissions of every ServiceAccount
// in every scope plus the escalation closure of every subject, (2) the findings of every rule over it (the
// paths of the reported steps are written then), and (3) a batch of 100,000 can-i queries.
// Reports medians over the runs, the peak RSS of the process, and the load average.
//   node tools/bench/rbac.mjs [--runs 5] [--queries 100000]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const RUNS = opt('--runs', 5);
const QUERIES = opt('--queries', 100_000);
const NS = 50, SAS = 500, ROLES = 5000, BINDINGS = 5000;

// a fixed-seed generator (the data must not change between runs)
let seed = 20261201;
const rnd = (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
const pick = (a) => a[rnd(a.length)];
const RESOURCES = [['', 'pods'], ['', 'pods/log'], ['', 'configmaps'], ['', 'services'], ['', 'secrets'], ['', 'serviceaccounts/token'], ['', 'pods/exec'], ['apps', 'deployments'], ['apps', 'statefulsets'], ['batch', 'jobs'], ['', 'events'], ['networking.k8s.io', 'ingresses'], ['apps', '*/scale'], ['', 'endpoints']];
const VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];
const V1 = 'rbac.authorization.k8s.io/v1';
const ns = (i) => `team-${i % NS}`;
const rule = () => {
  const [g, r] = pick(RESOURCES);
  const verbs = [...new Set(Array.from({ length: 1 + rnd(3) }, () => pick(VERBS)))];
  return { apiGroups: [g], resources: [r], verbs, ...(rnd(10) === 0 ? { resourceNames: [`obj-${rnd(20)}`] } : {}) };
};

const objs = [];
for (let i = 0; i < NS; i++) objs.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns(i) } });
for (let i = 0; i < SAS; i++) objs.push({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: `sa-${i}`, namespace: ns(i) }, automountServiceAccountToken: rnd(2) === 0 });
const CLUSTER_ROLES = 500, AGGREGATED = 20;
for (let i = 0; i < CLUSTER_ROLES; i++) {
  const labels = { [`agg/${i % AGGREGATED}`]: 'true' };
  if (i < AGGREGATED) objs.push({ apiVersion: V1, kind: 'ClusterRole', metadata: { name: `cr-${i}` }, aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [`agg/${i}`]: 'true' } }] }, rules: [] });
  else objs.push({ apiVersion: V1, kind: 'ClusterRole', metadata: { name: `cr-${i}`, labels }, rules: Array.from({ length: 2 + rnd(4) }, rule) });
}
for (let i = 0; i < ROLES - CLUSTER_ROLES; i++) objs.push({ apiVersion: V1, kind: 'Role', metadata: { name: `role-${i}`, namespace: ns(i) }, rules: Array.from({ length: 2 + rnd(4) }, rule) });
const subject = () => {
  const k = rnd(10);
  if (k < 8) {
    const s = rnd(SAS);
    return { kind: 'ServiceAccount', name: `sa-${s}`, namespace: ns(s) };
  }
  return k === 8 ? { kind: 'User', name: `user-${rnd(100)}` } : { kind: 'Group', name: `group-${rnd(20)}` };
};
const CRBS = 100;
for (let i = 0; i < BINDINGS - CRBS; i++) {
  const toCluster = rnd(4) === 0;
  objs.push({ apiVersion: V1, kind: 'RoleBinding', metadata: { name: `rb-${i}`, namespace: ns(i) }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: toCluster ? 'ClusterRole' : 'Role', name: toCluster ? `cr-${rnd(CLUSTER_ROLES)}` : `role-${NS * rnd((ROLES - CLUSTER_ROLES) / NS) + (i % NS)}` }, subjects: Array.from({ length: 1 + rnd(2) }, subject) });
}
for (let i = 0; i < CRBS; i++) objs.push({ apiVersion: V1, kind: 'ClusterRoleBinding', metadata: { name: `crb-${i}` }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: `cr-${CLUSTER_ROLES - 1 - rnd(CLUSTER_ROLES - AGGREGATED)}` }, subjects: [subject()] });

const dir = mkdtempSync(join(tmpdir(), 'rbac-bench-'));
const file = join(dir, 'rbac.json');
writeFileSync(file, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objs }));
const queries = [];
for (let i = 0; i < QUERIES; i++) {
  const [g, r] = pick(RESOURCES);
  const [res, sub] = r.includes('/') ? r.split('/') : [r, ''];
  const s = rnd(SAS);
  queries.push(JSON.stringify({ id: i, user: rnd(10) ? `system:serviceaccount:${ns(s)}:sa-${s}` : `user-${rnd(100)}`, ...(rnd(5) === 0 ? { groups: [`group-${rnd(20)}`] } : {}), namespace: rnd(10) ? ns(rnd(NS)) : '', verb: pick(VERBS), resource: res === '*' ? 'deployments' : res, apiGroup: g, subresource: sub, ...(rnd(3) === 0 ? { name: `obj-${rnd(20)}` } : {}) }));
}
const qfile = join(dir, 'queries.jsonl');
writeFileSync(qfile, `${queries.join('\n')}\n`);

const dist = (p) => pathToFileURL(join(root, 'packages', 'rbac', 'dist', p)).href;
const worker = `
const { loadRbac } = await import(${JSON.stringify(dist('load.js'))});
const { listSubjects, scopesOf } = await import(${JSON.stringify(dist('engine/subjects.js'))});
const { analyzeEscalations } = await import(${JSON.stringify(dist('engine/closure.js'))});
const { answerBatch } = await import(${JSON.stringify(dist('query.js'))});
const { ALL_RULES } = await import(${JSON.stringify(dist('rules/index.js'))});
const { runRules } = await import(${JSON.stringify(pathToFileURL(join(root, 'packages', 'core', 'dist', 'index.js')).href)});
const { readFileSync } = await import('node:fs');
let t = performance.now();
let c = process.cpuUsage();
const cpu = () => { const d = process.cpuUsage(c); c = process.cpuUsage(); return (d.user + d.system) / 1000; };
const { store, authorizer, problems } = await loadRbac([${JSON.stringify(file)}], '/');
if (problems.length) throw new Error(problems[0].reason);
const load = performance.now() - t;
const loadCpu = cpu();
t = performance.now();
const subjects = listSubjects(store);
let grants = 0;
for (const s of subjects) if (s.kind === 'ServiceAccount') for (const sc of [...scopesOf(authorizer, s.identity), ...store.namespaces]) grants += authorizer.grantsFor(s.identity, sc).length;
const esc = analyzeEscalations(store, authorizer, subjects, (f) => f);
let steps = 0, beyond = 0;
for (const l of esc.bySubject.values()) for (const e of l) { steps++; if (e.beyondOwn) beyond++; }
const analysis = performance.now() - t;
const analysisCpu = cpu();
// the findings over the analysis: every rule, the paths of the reported steps written out
t = performance.now();
const findings = runRules(ALL_RULES, { store, auth: authorizer, subjects, escalations: esc, rel: (f) => f }, { file: 'bench' });
const report = performance.now() - t;
const reportCpu = cpu();
const text = readFileSync(${JSON.stringify(qfile)}, 'utf8');
const fresh = new (authorizer.constructor)(store);
t = performance.now();
cpu();
const out = answerBatch(fresh, text);
const batch = performance.now() - t;
const batchCpu = cpu();
const yes = out.split('\\n').filter((l) => l.includes('true')).length;
console.log(JSON.stringify({ load, analysis, report, batch, loadCpu, analysisCpu, reportCpu, findings: findings.length, batchCpu, subjects: subjects.length, grants, steps, beyond, yes, rssMB: process.resourceUsage().maxRSS / 1024 }));
`;
const wfile = join(dir, 'worker.mjs');
writeFileSync(wfile, worker);

const results = [];
try {
  for (let i = 0; i < RUNS; i++) results.push(JSON.parse(execFileSync(process.execPath, [wfile], { encoding: 'utf8', maxBuffer: 64 << 20 }).trim().split('\n').pop()));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const r of results) {
  r.total = r.load + r.analysis + r.report;
  r.totalCpu = r.loadCpu + r.analysisCpu + r.reportCpu;
}
const median = (k) => results.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
const r0 = results[0];
console.log(`rbac bench: ${ROLES} roles (${CLUSTER_ROLES} ClusterRoles, ${AGGREGATED} aggregated), ${BINDINGS} bindings (${CRBS} ClusterRoleBindings), ${SAS} ServiceAccounts, ${NS} namespaces; ${r0.subjects} subjects, ${r0.steps} escalation steps (${r0.beyond} beyond the subject's own rights)`);
console.log(`  load (parse + store + aggregation):                      median ${median('load').toFixed(0)} ms wall, ${median('loadCpu').toFixed(0)} ms CPU`);
console.log(`  effective permissions + escalation closure, all subjects: median ${median('analysis').toFixed(0)} ms wall, ${median('analysisCpu').toFixed(0)} ms CPU (limit 3000)`);
console.log(`  findings (every rule, paths written), no needs declared:  median ${median('report').toFixed(0)} ms wall, ${median('reportCpu').toFixed(0)} ms CPU, ${r0.findings} findings`);
console.log(`  load + analysis + findings:                              median ${median('total').toFixed(0)} ms wall, ${median('totalCpu').toFixed(0)} ms CPU`);
console.log(`  can-i batch of ${QUERIES} queries after loading:        median ${median('batch').toFixed(0)} ms wall, ${median('batchCpu').toFixed(0)} ms CPU (limit 1000), ${r0.yes} allowed`);
console.log(`  peak RSS of the process:                                  median ${median('rssMB').toFixed(0)} MB (limit 500)`);
console.log(`  runs ${RUNS}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${(await import('node:os')).cpus().length} CPUs`);
