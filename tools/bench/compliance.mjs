#!/usr/bin/env node
// Benchmark of `flightcheck compliance` (built-in engine): 10,000 objects across 100 namespaces, scored in one
// CLI call, against parsing the same YAML alone (a node process that only reads and parses the file), with the
// `yaml` Document API (the engine's reference reading) and with js-yaml (its fast path). Reports medians of
// several runs (interleaved, so load changes hit all of them alike) and the load average.
//   node tools/bench/compliance.mjs [--objects 10000] [--runs 5] [--fallback] [--write FILE]
// --write FILE only writes the generated manifests to FILE (for tools/bench/startup.mjs) and exits.
// --fallback also times a copy of the file with one anchor, which sends the whole file down the `yaml` path.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { benchArgs, loadText, median, root, writeManifests } from './lib/bench.mjs';

const { opt, flag, value } = benchArgs();
const OBJECTS = opt('--objects', 10_000);
const RUNS = opt('--runs', 5);
const NAMESPACES = 100;

const container = (name) => ({
  name,
  image: `registry.example/${name}:1.2.3`,
  imagePullPolicy: 'Always',
  ports: [{ name: 'http', containerPort: 8080 }],
  env: [{ name: 'LOG_LEVEL', value: 'info' }, { name: 'PORT', value: '8080' }],
  resources: { limits: { cpu: '500m', memory: '512Mi', 'ephemeral-storage': '1Gi' }, requests: { cpu: '250m', memory: '256Mi', 'ephemeral-storage': '1Gi' } },
  securityContext: { runAsUser: 50000, runAsGroup: 50000, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false },
  readinessProbe: { httpGet: { path: '/ready', port: 8080 } },
  livenessProbe: { httpGet: { path: '/live', port: 8080 } },
});

function* objects() {
  // per app: Deployment or StatefulSet, Service, NetworkPolicy, PDB, HPA (for Deployments) = 5 objects
  for (let i = 0; ; i++) {
    const ns = `team-${i % NAMESPACES}`;
    const app = `app-${i}`;
    const labels = { app, tier: i % 3 ? 'web' : 'worker', 'app.kubernetes.io/part-of': `suite-${i % 7}` };
    const kind = i % 4 === 0 ? 'StatefulSet' : 'Deployment';
    const template = {
      metadata: { labels },
      spec: {
        affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app } } } }] } },
        securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [container(app)],
      },
    };
    const spec = { selector: { matchLabels: { app } }, template, ...(kind === 'StatefulSet' ? { serviceName: app, replicas: 3 } : {}) };
    yield { apiVersion: 'apps/v1', kind, metadata: { name: app, namespace: ns, labels }, spec };
    yield { apiVersion: 'v1', kind: 'Service', metadata: { name: app, namespace: ns }, spec: { ...(kind === 'StatefulSet' ? { clusterIP: 'None' } : {}), selector: { app }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] } };
    yield { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: app, namespace: ns }, spec: { podSelector: { matchLabels: { app } }, policyTypes: ['Ingress', 'Egress'], ingress: [{ from: [{ podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['web'] }] } }] }], egress: [{}] } };
    yield { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: app, namespace: ns }, spec: { minAvailable: 1, selector: { matchLabels: { app } } } };
    if (kind === 'Deployment') yield { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: app, namespace: ns }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind, name: app }, minReplicas: 2, maxReplicas: 10 } };
  }
}

const generated = [];
for (const o of objects()) {
  generated.push(o);
  if (generated.length >= OBJECTS) break;
}
const { dir, file, size } = writeManifests('bench-compliance', generated);
if (flag('--write')) {
  writeFileSync(value('--write'), readFileSync(file));
  process.exit(0);
}

const time = (fn) => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};

// Parse alone: node processes that read and parse the same file with the engine's own yaml (2.9) and js-yaml.
const req = createRequire(join(root, 'packages/k8s/package.json'));
const script = (name, body) => {
  const f = join(dir, name);
  writeFileSync(f, `const fs=require('fs');const text=fs.readFileSync(process.argv[2],'utf8');${body}`);
  return f;
};
const yamlScript = script('parse-yaml.cjs', `const y=require(${JSON.stringify(req.resolve('yaml'))});let n=0;for(const d of y.parseAllDocuments(text)){d.toJS();n++}console.log(n)`);
const jsYamlScript = script('parse-js-yaml.cjs', `const y=require(${JSON.stringify(req.resolve('js-yaml'))});console.log(y.loadAll(text).length)`);
const fallbackFile = join(dir, 'fallback.yaml');
if (flag('--fallback')) writeFileSync(fallbackFile, readFileSync(file, 'utf8').replace('kind: "Deployment"', 'kind: &k "Deployment"'));
const cli = join(root, 'packages/cli/bin/flightcheck.js');
const runCli = (f) => execFileSync(process.execPath, [cli, 'compliance', '--engine', 'builtin', '--format', 'json', '--fail-on', 'none', f], { maxBuffer: 1 << 30 }).toString();
const t = { yaml: [], jsYaml: [], score: [], fallback: [] };
const loadBefore = loadavg();
let out = '';
for (let i = 0; i < RUNS; i++) {
  t.yaml.push(time(() => execFileSync(process.execPath, [yamlScript, file])));
  t.jsYaml.push(time(() => execFileSync(process.execPath, [jsYamlScript, file])));
  t.score.push(time(() => (out = runCli(file))));
  if (flag('--fallback')) t.fallback.push(time(() => runCli(fallbackFile)));
}
const loadAfter = loadavg();
const report = JSON.parse(out);
const findings = report.results[0].findings.length;
const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.length ? median(v) : NaN]));
const row = (label, k) => console.log(`${label.padEnd(34)}: median ${m[k].toFixed(0).padStart(6)} ms   [${t[k].map((x) => x.toFixed(0)).join(', ')}]`);
console.log(`objects ${OBJECTS} (${(size / 1e6).toFixed(1)} MB, ${NAMESPACES} namespaces), runs ${RUNS}, findings ${findings}`);
console.log(`load average before ${loadText(loadBefore)}, after ${loadText(loadAfter)} (1, 5, 15 min)`);
row('parse alone (node + yaml 2.9)', 'yaml');
row('parse alone (node + js-yaml)', 'jsYaml');
row('flightcheck compliance', 'score');
if (t.fallback.length) row('flightcheck compliance, yaml path', 'fallback');
console.log(`ratio score / parse alone with yaml    ${(m.score / m.yaml).toFixed(2)} (limit 2.00)`);
console.log(`ratio score / parse alone with js-yaml ${(m.score / m.jsYaml).toFixed(2)}`);
console.log(`score under 3 s: ${m.score < 3000 ? 'yes' : 'NO'}`);
