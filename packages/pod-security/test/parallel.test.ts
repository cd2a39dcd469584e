import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARALLEL_MIN_CHARS } from '../src/parallel.js';
import { runPodSecurity } from '../src/run.js';
import { cli, findings } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'fc-pss-par-'));
const put = (name: string, text: string) => (writeFileSync(join(dir, name), text), name);

/**
 * Workloads of 30 namespaces, the namespaces scattered among them (before and after their workloads), with
 * enforce, warn and audit labels of every level and version, some namespaces left out, a Helm rendering, a List
 * and an Airflow pod template in a ConfigMap: everything whose order or lines a split could change.
 */
const ENV = Array.from({ length: 12 }, (_, k) => `            - name: SETTING_${k}\n              value: "a value of some length for setting ${k}"\n`).join('');

function manifests(workloads: number): string {
  const docs: string[] = [];
  const levels = ['restricted', 'baseline', 'privileged'];
  for (let i = 0; i < workloads; i++) {
    if (i % 97 === 50 && (i / 97) % 10 !== 9) {
      const n = (i / 97) % 30 | 0;
      docs.push(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-${n}\n  labels:\n    pod-security.kubernetes.io/enforce: ${levels[n % 3]}\n    pod-security.kubernetes.io/enforce-version: v1.${20 + (n % 16)}\n    pod-security.kubernetes.io/warn: restricted\n    pod-security.kubernetes.io/audit: ${n % 4 ? 'baseline' : 'restricted'}\n`);
    }
    const sc = i % 11 === 3 ? '{privileged: true}' : i % 13 === 5 ? '{runAsUser: 0, allowPrivilegeEscalation: true}' : i % 17 === 7 ? '{capabilities: {add: [NET_ADMIN]}}' : '{allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}';
    const head = i % 89 === 10 ? `# Source: chart/templates/w${i}.yaml\n` : '';
    docs.push(`${head}apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n  namespace: team-${i % 31}\nspec:\n  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n        seccompProfile: {type: RuntimeDefault}\n      ${i % 19 === 9 ? 'hostNetwork: true\n      ' : ''}containers:\n        - name: app\n          image: registry.example/app:1.${i}\n          securityContext: ${sc}\n          resources: {limits: {cpu: 500m, memory: 512Mi}}\n          env:\n${ENV}`);
    if (i % 500 === 250) docs.push(`apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: listed-${i}, namespace: team-${i % 30}}\n    spec:\n      containers: [{name: a, image: x, securityContext: {privileged: true}}]\n`);
    if (i % 700 === 350) docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: pod-template-${i}, namespace: team-${i % 30}}\ndata:\n  pod_template_file.yaml: |\n    apiVersion: v1\n    kind: Pod\n    metadata: {name: task}\n    spec:\n      containers:\n        - name: base\n          image: x\n          securityContext: {capabilities: {add: [SYS_ADMIN]}}\n`);
  }
  return `${docs.join('---\n')}`;
}

describe('pod-security on several threads', () => {
  it('prints byte for byte what one thread prints, in json and text, with --jobs on a large file', async () => {
    const big = put('big.yaml', manifests(2800));
    expect(manifests(2800).length).toBeGreaterThan(PARALLEL_MIN_CHARS);
    const small = put('small.yaml', manifests(300).replace(/team-/g, 'small-'));
    for (const format of ['json', 'text']) {
      const one = await cli(['pod-security', '--format', format, '--jobs', '1', big, small], { cwd: dir });
      expect(one.code, one.stderr).toBe(1);
      for (const jobs of format === 'json' ? [[], ['--jobs', '2'], ['-j', '3']] : [['--jobs', '2']]) {
        const many = await cli(['pod-security', '--format', format, ...jobs, big, small], { cwd: dir });
        expect(many.code).toBe(one.code);
        expect(many.stderr).toBe(one.stderr);
        expect(many.stdout === one.stdout, `${format} ${jobs.join(' ')}`).toBe(true);
      }
      if (format === 'json') {
        const all = findings(one.stdout);
        expect(all.filter((f) => f.message.startsWith('rejected at admission by namespace team-')).length).toBeGreaterThan(100);
        expect(all.some((f) => f.message.includes('is not in the manifests'))).toBe(true);
        expect(all.some((f) => f.location?.file === 'chart/templates/w10.yaml' || f.object?.name === 'task')).toBe(true);
      }
    }
  }, 300_000);
  it('fails a file closed when a worker thread fails: an error result naming it, never a pass of what was read', async () => {
    const crash = put('crash.mjs', "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(7));\n");
    const f = put('some.yaml', manifests(400));
    const report = await runPodSecurity({ paths: [f], cwd: dir, jobs: 2, workers: { script: pathToFileURL(join(dir, crash)) } });
    const errors = report.results.filter((r) => r.error);
    expect(errors.map((r) => [r.target, r.error])).toEqual([[join(dir, f), `${join(dir, f)}: could not be judged: a worker thread failed (a worker thread exited with code 7); none of its objects was judged`]]);
    expect(report.results.flatMap((r) => r.findings).filter((x) => x.location?.file === join(dir, f))).toEqual([]);
    const r = await cli(['pod-security', '--jobs', '0', f], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs must be a whole number from 1 to 64/);
  }, 120_000);
});
