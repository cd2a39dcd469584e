import { ALL_CHECKS } from '../index.js';
import { parseManifests } from '../../engine/parse.js';
import { scoreObjects } from '../../engine/score.js';
import { DEFAULT_SCORE_OPTIONS, type CheckScore, type ScoreOptions, type ScoredObject } from '../../engine/types.js';

/** Builders of Kubernetes objects for the check specs: a compliant baseline that each case changes. */
type Obj = Record<string, any>;

export const container = (over: Obj = {}): Obj => ({
  name: 'app',
  image: 'registry.example/app:1.0',
  imagePullPolicy: 'Always',
  resources: {
    limits: { cpu: '1', memory: '1Gi', 'ephemeral-storage': '1Gi' },
    requests: { cpu: '1000m', memory: '1024Mi', 'ephemeral-storage': '1Gi' },
  },
  securityContext: { runAsUser: 20000, runAsGroup: 20000, readOnlyRootFilesystem: true, privileged: false },
  readinessProbe: { httpGet: { path: '/ready', port: 8080 } },
  livenessProbe: { httpGet: { path: '/live', port: 8080 } },
  ...over,
});

const meta = (name: string, over: Obj = {}): Obj => ({ name, namespace: 'ns', ...over });

export const pod = (spec: Obj = {}, m: Obj = {}): Obj => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: meta('p', { labels: { app: 'a' }, ...m }),
  spec: { containers: [container()], ...spec },
});

const workload = (apiVersion: string, kind: string) => (spec: Obj = {}, m: Obj = {}, podSpec: Obj = {}, tmplMeta: Obj = {}): Obj => ({
  apiVersion,
  kind,
  metadata: meta(kind === 'Deployment' ? 'd' : 's', m),
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'a' } },
    template: { metadata: { labels: { app: 'a' }, ...tmplMeta }, spec: { containers: [container()], ...podSpec } },
    ...spec,
  },
});

export const deployment = workload('apps/v1', 'Deployment');
export const statefulset = (spec: Obj = {}, m: Obj = {}, podSpec: Obj = {}, tmplMeta: Obj = {}) =>
  workload('apps/v1', 'StatefulSet')({ serviceName: 'headless', ...spec }, m, podSpec, tmplMeta);

export const service = (spec: Obj = {}, m: Obj = {}): Obj => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: meta('svc', m),
  spec: { selector: { app: 'a' }, ports: [{ name: 'http', port: 80 }], ...spec },
});

export const netpol = (spec: Obj = {}, m: Obj = {}): Obj => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: meta('np', m),
  spec: { podSelector: { matchLabels: { app: 'a' } }, policyTypes: ['Ingress', 'Egress'], ...spec },
});

export const pdb = (spec: Obj = {}, m: Obj = {}): Obj => ({
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: meta('pdb', m),
  spec: { selector: { matchLabels: { app: 'a' } }, minAvailable: 1, ...spec },
});

export const hpa = (spec: Obj = {}, m: Obj = {}): Obj => ({
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscaler',
  metadata: meta('hpa', m),
  spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'd' }, minReplicas: 2, maxReplicas: 5, ...spec },
});

export const cronjob = (spec: Obj = {}, podSpec: Obj = {}, apiVersion = 'batch/v1'): Obj => ({
  apiVersion,
  kind: 'CronJob',
  metadata: meta('cj'),
  spec: {
    schedule: '* * * * *',
    startingDeadlineSeconds: 100,
    jobTemplate: { spec: { template: { metadata: { labels: { app: 'a' } }, spec: { restartPolicy: 'Never', containers: [container()], ...podSpec } } } },
    ...spec,
  },
});

export const ingress = (paths: Obj[], apiVersion = 'networking.k8s.io/v1'): Obj => ({
  apiVersion,
  kind: 'Ingress',
  metadata: meta('ing'),
  spec: { rules: [{ host: 'example.org', http: { paths } }] },
});

/** Objects as one multi-document YAML text (JSON is YAML). */
export const yamlOf = (...objects: Obj[]): string => objects.map((o) => JSON.stringify(o)).join('\n---\n');

export function scoreAll(objects: Obj[], opts: Partial<ScoreOptions> = {}): ScoredObject[] {
  const parsed = parseManifests(yamlOf(...objects), '/m.yaml');
  return scoreObjects(parsed.objects, ALL_CHECKS, { ...DEFAULT_SCORE_OPTIONS, ...opts });
}

/** The result of check `id` on the first object (or the one of `kind`) that carries it. */
export function scoreOf(id: string, objects: Obj[], opts: Partial<ScoreOptions> = {}, kind?: string): CheckScore {
  for (const o of scoreAll(objects, opts)) {
    if (kind && o.kind !== kind) continue;
    const c = o.checks.find((x) => x.check.id === id);
    if (c) return c;
  }
  throw new Error(`no object carries ${id}`);
}

/** `CRITICAL`, `WARNING`, `ALMOST_OK`, `OK` or `SKIPPED` of a check (an optional check is enabled for it). */
export function gradeOf(id: string, objects: Obj[], opts: Partial<ScoreOptions> = {}, kind?: string): string {
  const c = scoreOf(id, objects, { enableOptionalTests: [id], ...opts }, kind);
  if (c.skipped) return 'SKIPPED';
  return c.grade === 1 ? 'CRITICAL' : c.grade === 5 ? 'WARNING' : c.grade === 7 ? 'ALMOST_OK' : 'OK';
}
