import { formatMessage, type Finding, type Notice, type ObjectRef, type Rule, type Severity } from '@flightcheck/core';
import namespaceEnforce from './admission-rules/namespace-enforce.js';
import namespaceLabels from './admission-rules/namespace-labels.js';
import podSpecRule from './admission-rules/pod-spec.js';
import podTemplateRule from './admission-rules/pod-template.js';
import type { PodSecurityConfig } from './admission/config.js';
import { LABEL_PREFIX, policyFromLabels, policyText, type LevelVersion, type NamespacePolicy } from './admission/labels.js';
import { rangesText, type LevelRange } from './engine/evaluate.js';
import { withApiServerDefaults } from './engine/pod.js';
import { shapeProblems } from './engine/shape.js';
import { LATEST_MINOR, versionText, type Level, type PolicyVersion } from './engine/versions.js';
import type { K8sObject } from './manifests.js';
import { PSS_CHECKS_BY_ID } from './rules/index.js';
import { judgeWorkload, pathText, refOf, violationsAt, type PlacedViolation, type WorkloadVerdicts } from './workload-verdicts.js';

export { pathText } from './workload-verdicts.js';

export interface JudgeOptions {
  /** Explicit level and version (`--level`, `--pss-version`): every object is judged there, namespaces aside. */
  level?: Level;
  version?: PolicyVersion;
  config: PodSecurityConfig;
  /** Per-workload and per-namespace level notices (default true; capped for large inputs). */
  summaries?: boolean;
}

export interface Judgement {
  findings: Finding[];
  notices: Notice[];
}

const WORKLOAD_KINDS: Record<string, (string | number)[]> = {
  Pod: ['spec'], PodTemplate: ['template', 'spec'], CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Deployment: ['spec', 'template', 'spec'], StatefulSet: ['spec', 'template', 'spec'], DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'], ReplicationController: ['spec', 'template', 'spec'], Job: ['spec', 'template', 'spec'],
};
const MAX_SUMMARY_NOTICES = 500;

/** Where a finding of an object goes: the object and the input it was read from. */
interface Placed {
  ref: ObjectRef;
  source: string;
}

function make(rule: Rule<any, any, any>, messageId: string, data: Record<string, string | number>, o: Placed, line: number, extra: Partial<Finding> = {}): Finding {
  const template = (rule.meta.messages as Record<string, string>)[messageId]!;
  return { ruleId: rule.meta.id, severity: rule.meta.severity, message: formatMessage(template, data), location: { file: o.source, line }, object: { ...o.ref }, status: 'fail', ...(rule.meta.docs.url ? { helpUri: rule.meta.docs.url } : {}), ...extra };
}

const ENFORCE = `${LABEL_PREFIX}enforce`;
const ENFORCE_VERSION = `${LABEL_PREFIX}enforce-version`;

/** A Namespace as judging keeps it (plain data): its policy, and the lines its findings may point at. */
export interface NamespaceEntry extends Placed {
  name: string;
  file: string;
  line: number;
  policy: NamespacePolicy;
  /** Whether it sets `pod-security.kubernetes.io/enforce-version`. */
  versionLabelled: boolean;
  /** The line of `metadata.labels`, and of each label a finding may name (the enforce labels, those in error). */
  labelsLine: number;
  labelLines: Map<string, number>;
}

function namespaceEntry(o: K8sObject, cfg: PodSecurityConfig): NamespaceEntry {
  const policy = policyFromLabels(o.metadata.labels, cfg.defaults);
  const labelLines = new Map<string, number>();
  for (const label of [ENFORCE, ENFORCE_VERSION, ...policy.errors.map((e) => e.label)]) if (!labelLines.has(label)) labelLines.set(label, o.lineOf(['metadata', 'labels', label]));
  return { ref: refOf(o), source: o.source, name: o.metadata.name!, file: o.file, line: o.line, policy, versionLabelled: Object.hasOwn(o.metadata.labels, ENFORCE_VERSION), labelsLine: o.lineOf(['metadata', 'labels']), labelLines };
}
const labelLine = (ns: NamespaceEntry, label: string): number => {
  const line = ns.labelLines.get(label);
  if (line === undefined) throw new Error(`no line kept for label ${label} of namespace ${ns.name}`);
  return line;
};

/**
 * What judging keeps of the objects as they are read, before the namespaces are all known: the findings of an
 * object on its own (a missing or malformed pod template), each workload's verdicts at every level and version
 * (plain data: the document can go), and the namespaces with their policies. In the objects' order.
 */
export interface Collected {
  findings: Finding[];
  workloads: WorkloadVerdicts[];
  namespaces: NamespaceEntry[];
}

export const emptyCollected = (): Collected => ({ findings: [], workloads: [], namespaces: [] });

/** Where a Collected stands, to go back to (a file whose objects are discarded). */
export const markOf = (c: Collected) => [c.findings.length, c.workloads.length, c.namespaces.length] as const;
export function rollBack(c: Collected, mark: readonly [number, number, number]): void {
  c.findings.length = mark[0];
  c.workloads.length = mark[1];
  c.namespaces.length = mark[2];
}

const placed = (o: K8sObject): Placed => ({ ref: refOf(o), source: o.source });

/** Takes in one object: a namespace, a workload (judged at once, so that its tree need not be kept), or neither. */
export function collect(o: K8sObject, cfg: PodSecurityConfig, into: Collected): void {
  if (o.kind === 'Namespace' && o.apiVersion === 'v1' && o.metadata.name) into.namespaces.push(namespaceEntry(o, cfg));
  const specPath = WORKLOAD_KINDS[o.kind];
  if (!specPath) return;
  const findings = into.findings;
  // the model reads missing levels as empty mappings: admission needs the template itself
  let node: unknown = o.raw;
  let why: string | undefined;
  for (const [i, k] of specPath.entries()) {
    const next = node && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>)[k as string] : undefined;
    if (next === undefined || next === null) { why = `${pathText(specPath.slice(0, i + 1))} is missing`; break; }
    if (typeof next !== 'object' || Array.isArray(next)) { why = `${pathText(specPath.slice(0, i + 1))} is ${Array.isArray(next) ? 'a list' : `a ${typeof next}`}, not a mapping`; break; }
    node = next;
  }
  if (why || !o.pod) {
    findings.push(make(podTemplateRule, 'missing', { kind: o.kind, name: o.metadata.name ?? '?', path: pathText(specPath), why: why ?? 'missing' }, placed(o), o.lineOf(specPath)));
    return;
  }
  const base = o.pod.specPath.slice(0, -1);
  const shape = shapeProblems(o.pod.spec);
  if (shape.length) {
    for (const p of shape.slice(0, 20)) {
      const full = [...base, ...p.path];
      const data: Record<string, string | number> = p.kind === 'type' ? { field: pathText(full), expected: p.expected!, actual: p.actual! } : { field: pathText(full), count: p.count!, max: 5000 };
      findings.push(make(podSpecRule, p.kind, data, placed(o), o.lineOf(full)));
    }
    return;
  }
  into.workloads.push(judgeWorkload(o, { annotations: o.pod.annotations, spec: withApiServerDefaults(o.pod.spec, o.kind === 'Pod') }, base));
}

function violationFinding(w: WorkloadVerdicts, v: PlacedViolation & { check: string }, prefix: string, severity: Severity, extra: Partial<Finding> = {}): Finding {
  const rule = PSS_CHECKS_BY_ID.get(v.check)!;
  const fields = v.fields.map((f) => ({ ...f }));
  const first = fields[0];
  const where = first ? `${first.container !== undefined ? `container "${first.container}", ` : ''}${first.path} at line ${first.line}${v.count > 1 ? ` (and ${v.count - 1} more field${v.count > 2 ? 's' : ''})` : ''}` : '';
  return {
    ruleId: v.check,
    severity,
    message: `${prefix}${v.reason}${v.detail ? ` (${v.detail})` : ''}${where ? `: ${where}` : ''}`,
    location: { file: w.source, line: first?.line ?? w.rootLine },
    object: { ...w.ref },
    status: 'fail',
    ...(rule.meta.docs.url ? { helpUri: rule.meta.docs.url } : {}),
    properties: { reason: v.reason, detail: v.detail, fields },
    ...extra,
  };
}

function exemption(w: WorkloadVerdicts, cfg: PodSecurityConfig): string | undefined {
  if (cfg.appliedBy && cfg.exemptions.usernames.includes(cfg.appliedBy)) return `user ${cfg.appliedBy} is exempt (exemptions.usernames)`;
  if (cfg.exemptions.namespaces.includes(w.namespace)) return `namespace ${w.namespace} is exempt (exemptions.namespaces)`;
  const rc = w.runtimeClassName;
  if (rc !== undefined && cfg.exemptions.runtimeClasses.includes(rc)) return `runtime class ${rc} is exempt (exemptions.runtimeClasses)`;
  return undefined;
}

const atLv = (w: WorkloadVerdicts, lv: LevelVersion) => violationsAt(w, lv.level, lv.version.minor);

/** Judges the objects of a run: the findings admission would cause, and the level notices. */
export function judge(objects: readonly K8sObject[], opts: JudgeOptions): Judgement {
  const c = emptyCollected();
  for (const o of objects) collect(o, opts.config, c);
  return decide([c], opts);
}

/**
 * The findings and notices of what was collected (in the order of `parts`, each in its objects' order), now
 * that every namespace is known: each namespace's labels (or the explicit level, or the default for a namespace
 * not in the manifests) pick the verdicts that count.
 */
export function decide(parts: readonly Collected[], opts: JudgeOptions): Judgement {
  const findings: Finding[] = parts.flatMap((p) => p.findings);
  const notices: Notice[] = [];
  const ws = parts.flatMap((p) => p.workloads);
  const cfg = opts.config;
  const namespaces = new Map<string, NamespaceEntry>();
  for (const p of parts) for (const ns of p.namespaces) namespaces.set(ns.name, ns);
  for (const w of ws) {
    const exempt = exemption(w, cfg);
    const extra: Partial<Finding> = exempt ? { status: 'suppressed', suppression: { source: 'exemption', justification: exempt } } : {};
    if (opts.level) {
      for (const v of violationsAt(w, opts.level, opts.version!.minor)) findings.push(violationFinding(w, v, '', 'high', extra));
      continue;
    }
    const ns = namespaces.get(w.namespace);
    if (!ns) {
      const lv = { level: cfg.defaultLevel, version: cfg.defaultVersion };
      for (const v of atLv(w, lv)) findings.push(violationFinding(w, v, `namespace ${w.namespace} is not in the manifests, judged at ${lv.level}/${versionText(lv.version)} (checks.pod-security.defaultLevel): `, 'high', extra));
      continue;
    }
    const seen = new Set<string>();
    const e = ns.policy.enforce;
    for (const v of atLv(w, e)) {
      seen.add(v.check);
      findings.push(violationFinding(w, v, `rejected at admission by namespace ${w.namespace} at ${e.level}/${versionText(e.version)}: `, 'high', extra));
    }
    for (const mode of ['warn', 'audit'] as const) {
      const lv = ns.policy[mode];
      for (const v of atLv(w, lv)) {
        if (seen.has(v.check)) continue;
        seen.add(v.check);
        findings.push(violationFinding(w, v, `would violate PodSecurity "${policyText(lv)}" (${mode} of namespace ${w.namespace}): `, 'medium', extra));
      }
    }
  }
  const summaries = opts.summaries !== false;
  const byNamespace = new Map<string, WorkloadVerdicts[]>();
  for (const w of ws) {
    if (exemption(w, cfg)) continue;
    const list = byNamespace.get(w.namespace);
    if (list) list.push(w);
    else byNamespace.set(w.namespace, [w]);
  }
  for (const [name, ns] of namespaces) {
    const could = couldEnforce((byNamespace.get(name) ?? []).map((w) => w.ranges));
    for (const err of ns.policy.errors) findings.push(make(namespaceLabels, 'invalid', { namespace: name, ...err }, ns, labelLine(ns, err.label)));
    if (!opts.level && !cfg.exemptions.namespaces.includes(name)) {
      if (!ns.policy.enforceLabelled && ns.policy.enforce.level !== 'privileged') {
        // the admission configuration's default enforces a level: nothing to report
      } else if (!ns.policy.enforceLabelled) findings.push(make(namespaceEnforce, 'missing', { namespace: name, policy: policyText(ns.policy.enforce), could }, ns, ns.labelsLine));
      else if (ns.policy.enforce.level === 'privileged') findings.push(make(namespaceEnforce, 'privileged', { namespace: name, could }, ns, labelLine(ns, ENFORCE)));
      else if (ns.policy.enforce.version.latest) {
        findings.push(make(namespaceEnforce, 'unpinned', { namespace: name, level: ns.policy.enforce.level, pin: `v1.${LATEST_MINOR}` }, ns, labelLine(ns, ns.versionLabelled ? ENFORCE_VERSION : ENFORCE), { severity: 'low' }));
      }
    }
    if (summaries) notices.push({ level: 'info', message: `namespace ${name}: enforces ${policyText(ns.policy.enforce)}, warns ${policyText(ns.policy.warn)}, audits ${policyText(ns.policy.audit)}; could enforce ${could} today`, location: { file: ns.file, line: ns.line } });
  }
  if (summaries) {
    if (ws.length <= MAX_SUMMARY_NOTICES) {
      for (const w of ws) notices.push({ level: 'info', message: `${w.title} passes ${rangesText(w.ranges)}`, location: { file: w.file, line: w.line } });
    } else {
      const count = { privileged: 0, baseline: 0, restricted: 0 };
      for (const w of ws) count[w.ranges[w.ranges.length - 1]!.level]++;
      notices.push({ level: 'info', message: `${ws.length} workloads; at latest: ${count.restricted} pass restricted, ${count.baseline} baseline only, ${count.privileged} neither (per-workload levels are listed up to ${MAX_SUMMARY_NOTICES} workloads)` });
    }
  }
  return { findings, notices };
}

/** The highest label a namespace could enforce at latest today: the lowest level its workloads pass there. */
export function couldEnforce(ranges: readonly LevelRange[][]): string {
  let level: Level = 'restricted';
  for (const r of ranges) {
    const latest = r[r.length - 1]!.level;
    if (latest === 'privileged') level = 'privileged';
    else if (latest === 'baseline' && level === 'restricted') level = 'baseline';
  }
  return `${level}:latest`;
}
