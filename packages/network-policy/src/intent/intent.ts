import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ConfigError } from '@flightcheck/core';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ConnSet, type Protocol } from '../model/connset.js';
import { CidrError, parseCidr, type IpRange } from '../model/ip.js';
import type { ContainerPort } from '../model/types.js';
import { INTENT_SCHEMA } from './schema.js';

export type Endpoint =
  | { kind: 'workload'; name: string }
  | { kind: 'selector'; namespace?: string; labels: Record<string, string> }
  | { kind: 'cidr'; range: IpRange; text: string }
  | { kind: 'api' };

export interface Flow {
  from: Endpoint[];
  to: Endpoint[];
  ports: ConnSet;
  line: number;
  description?: string;
}

export interface DeclaredPod {
  ns: string;
  name: string;
  labels: Record<string, string>;
  ports: ContainerPort[];
  external: boolean;
}

export interface Intent {
  file?: string;
  pods: DeclaredPod[];
  /** Undefined when no intent is declared (then only default-deny and allow-all are judged). */
  flows?: Flow[];
  allowAll: { workload: string; direction: 'ingress' | 'egress'; reason: string; line: number }[];
  /** Line of `checks.network-policy`, for findings about the intent as a whole. */
  line: number;
}

export const CHECK_KEY = 'network-policy';
export const KUBERNETES_API = 'kubernetes-api';

type AjvLike = { compile(s: unknown): ((d: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null } };
let validate: ReturnType<AjvLike['compile']> | undefined;
function validator(): ReturnType<AjvLike['compile']> {
  if (!validate) {
    const req = createRequire(import.meta.url);
    const Ajv = req('ajv') as { default?: new (o: object) => AjvLike } & (new (o: object) => AjvLike);
    const Ctor = Ajv.default ?? Ajv;
    validate = new Ctor({ allErrors: false, strict: true }).compile(INTENT_SCHEMA);
  }
  return validate;
}

function endpoint(v: unknown, where: string): Endpoint {
  if (typeof v === 'string') {
    if (v === KUBERNETES_API) return { kind: 'api' };
    if (/^[^/\s]+\/[^/\s]+$/.test(v)) return { kind: 'workload', name: v };
    throw new Error(`${where}: "${v}" is neither namespace/name of a workload nor ${KUBERNETES_API}`);
  }
  const e = v as { workload?: string; namespace?: string; labels?: Record<string, string>; cidr?: string; kubernetesApi?: true };
  if (e.kubernetesApi) return { kind: 'api' };
  if (e.cidr !== undefined) {
    try {
      return { kind: 'cidr', range: parseCidr(e.cidr), text: e.cidr };
    } catch (err) {
      if (err instanceof CidrError) throw new Error(`${where}: ${err.message}`);
      throw err;
    }
  }
  if (e.workload !== undefined) return { kind: 'workload', name: e.workload };
  return { kind: 'selector', labels: e.labels ?? {}, ...(e.namespace ? { namespace: e.namespace } : {}) };
}

function ports(v: unknown[] | undefined, where: string): ConnSet {
  if (!v) return ConnSet.ALL;
  let c = ConnSet.NONE;
  for (const p of v) {
    const m = /^(\d+)(?:-(\d+))?(?:\/(TCP|UDP|SCTP))?$/.exec(String(p))!;
    const lo = Number(m[1]);
    const hi = m[2] ? Number(m[2]) : lo;
    if (lo < 1 || hi > 65535 || hi < lo) throw new Error(`${where}: port ${String(p)} is not within 1-65535`);
    c = c.union(ConnSet.ports((m[3] ?? 'TCP') as Protocol, lo, hi));
  }
  return c;
}

/** Reads and validates `checks.network-policy` of a flightcheck.yaml; an absent file or section is an empty intent. */
export function loadIntent(file: string | undefined): Intent {
  const empty: Intent = { pods: [], allowAll: [], line: 1 };
  if (!file) return empty;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, `cannot read (${(e as NodeJS.ErrnoException).code})`);
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) throw new ConfigError(file, `invalid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, lc.linePos(doc.errors[0]!.pos[0]).line);
  const lineOf = (path: (string | number)[]): number => {
    let n: unknown = doc.contents;
    let best = 1;
    for (const k of path) {
      if (!n || !(isMap(n) || isSeq(n))) break;
      n = (n as any).get(k, true);
      const r = (n as Node | undefined)?.range;
      if (!r) break;
      best = lc.linePos(r[0]).line;
    }
    return best;
  };
  const data = doc.toJS({ maxAliasCount: 50 }) as { checks?: Record<string, unknown> } | null;
  const section = data?.checks?.[CHECK_KEY];
  if (section === undefined || section === null) return { ...empty, file };
  const v = validator();
  if (!v(section)) {
    const err = v.errors?.[0];
    const path = (err?.instancePath ?? '').split('/').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    throw new ConfigError(file, `checks.${CHECK_KEY}${err?.instancePath.replace(/\//g, '.') ?? ''}: ${err?.message ?? 'invalid'}`, lineOf(['checks', CHECK_KEY, ...path]));
  }
  const s = section as { pods?: any[]; intent?: any[]; allowAll?: any[] };
  const base = ['checks', CHECK_KEY];
  const at = (path: (string | number)[]) => `checks.${CHECK_KEY}.${path.join('.')}`;
  try {
    const pods: DeclaredPod[] = (s.pods ?? []).map((p) => {
      const [ns, name] = String(p.name).split('/') as [string, string];
      return { ns, name, labels: p.labels ?? {}, external: Boolean(p.external), ports: (p.ports ?? []).map((q: any) => ({ port: q.port, protocol: q.protocol ?? 'TCP', ...(q.name ? { name: q.name } : {}) })) };
    });
    const list = (x: unknown) => (Array.isArray(x) ? x : [x]);
    const flows = s.intent?.map((f, i): Flow => ({
      from: list(f.from).map((e) => endpoint(e, at(['intent', i, 'from']))),
      to: list(f.to).map((e) => endpoint(e, at(['intent', i, 'to']))),
      ports: ports(f.ports, at(['intent', i, 'ports'])),
      line: lineOf([...base, 'intent', i]),
      ...(f.description ? { description: f.description } : {}),
    }));
    const allowAll = (s.allowAll ?? []).map((a, i) => ({ workload: a.workload, direction: a.direction, reason: a.reason, line: lineOf([...base, 'allowAll', i]) }));
    return { file, pods, allowAll, line: lineOf(base), ...(flows ? { flows } : {}) };
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(file, (e as Error).message, lineOf(base));
  }
}
