// Stand-in for the shared manifest model (@flightcheck/k8s, HELPERS.md contract) until it lands on main:
// same names and shapes, so the swap is an import change. Files (YAML or JSON, multi-document, Lists)
// to objects with source positions; a file that cannot be read or parsed is a problem, never a throw.
import { readFileSync, statSync } from 'node:fs';
import { expandInputPaths } from '@flightcheck/core';
import { isMap, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';

export interface PodTemplate {
  namespace: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  spec: Record<string, any>;
  specPath: (string | number)[];
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; generateName?: string; namespace?: string; labels: Record<string, string>; annotations: Record<string, string>; [k: string]: unknown };
  raw: Record<string, any>;
  file: string;
  line: number;
  lineOf(path: readonly (string | number)[]): number;
  pod?: PodTemplate;
}

export interface ManifestProblem {
  file: string;
  line?: number;
  reason: string;
}

export interface LoadedManifests {
  objects: K8sObject[];
  problems: ManifestProblem[];
  files: string[];
  passedOver: { file: string; line: number; reason: string }[];
}

export const MAX_FILE_BYTES = 64 << 20;
export const MAX_DOCUMENTS = 200_000;
const MAX_ALIAS_COUNT = 100;

const POD_SPEC_PATHS: Record<string, (string | number)[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

function strMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) if (x !== null && x !== undefined) out[k] = String(x);
  return out;
}

function at(root: unknown, path: readonly (string | number)[]): unknown {
  let cur: any = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = cur[p];
  }
  return cur;
}

export function podTemplateOf(obj: K8sObject): PodTemplate | undefined {
  const specPath = POD_SPEC_PATHS[obj.kind];
  if (!specPath) return undefined;
  const spec = at(obj.raw, specPath);
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) return undefined;
  const metaPath = specPath.slice(0, -1).concat('metadata');
  const meta = obj.kind === 'Pod' ? obj.raw.metadata : at(obj.raw, metaPath);
  return {
    namespace: obj.metadata.namespace ?? 'default',
    labels: strMap((meta as any)?.labels),
    annotations: strMap((meta as any)?.annotations),
    spec: spec as Record<string, any>,
    specPath,
  };
}

function nodeLine(lc: LineCounter, node: Node | undefined | null): number | undefined {
  const off = node?.range?.[0];
  return off === undefined ? undefined : lc.linePos(off).line;
}

function lineFinder(doc: Document, lc: LineCounter, base: (string | number)[], fallback: number) {
  return (path: readonly (string | number)[]): number => {
    let node: unknown = base.length ? doc.getIn(base, true) : doc.contents;
    let line = nodeLine(lc, node as Node) ?? fallback;
    for (const p of path) {
      if (!isMap(node) && !isSeq(node)) break;
      const next = (node as any).get(p, true) as Node | undefined;
      if (next === undefined) break;
      // a key's line is the line of its pair (the key), which is what a reader looks for
      if (isMap(node)) {
        const pair = (node as any).items.find((it: any) => (it.key?.value ?? it.key) === p);
        line = nodeLine(lc, pair?.key) ?? nodeLine(lc, next) ?? line;
      } else line = nodeLine(lc, next) ?? line;
      node = next;
    }
    return line;
  };
}

function toObject(raw: unknown, file: string, line: number, lineOf: K8sObject['lineOf']): K8sObject | string {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'not a mapping';
  const r = raw as Record<string, any>;
  if (typeof r.kind !== 'string' || typeof r.apiVersion !== 'string') return 'no apiVersion or kind';
  const m = r.metadata && typeof r.metadata === 'object' && !Array.isArray(r.metadata) ? r.metadata : {};
  const metadata: K8sObject['metadata'] = { ...m, labels: strMap(m.labels), annotations: strMap(m.annotations) };
  for (const k of ['name', 'generateName', 'namespace'] as const) {
    if (m[k] === undefined || m[k] === null) delete metadata[k];
    else metadata[k] = String(m[k]);
  }
  const obj: K8sObject = { apiVersion: r.apiVersion, kind: r.kind, metadata, raw: r, file, line, lineOf };
  const pod = podTemplateOf(obj);
  if (pod) obj.pod = pod;
  return obj;
}

/** Parses one file's text (synchronous). */
export function parseManifestText(text: string, file: string): LoadedManifests {
  const out: LoadedManifests = { objects: [], problems: [], files: [file], passedOver: [] };
  if (text.length > MAX_FILE_BYTES) {
    out.problems.push({ file, reason: `larger than ${MAX_FILE_BYTES} bytes` });
    return out;
  }
  const lc = new LineCounter();
  let docs: Document[];
  try {
    docs = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false }) as Document[];
  } catch (e) {
    out.problems.push({ file, reason: `invalid YAML: ${(e as Error).message.split('\n')[0]}` });
    return out;
  }
  if (!Array.isArray(docs)) docs = [docs as unknown as Document];
  if (docs.length > MAX_DOCUMENTS) {
    out.problems.push({ file, reason: `more than ${MAX_DOCUMENTS} documents` });
    return out;
  }
  for (const doc of docs) {
    const line = nodeLine(lc, doc.contents as Node) ?? 1;
    if (doc.errors.length) {
      const e = doc.errors[0]!;
      out.problems.push({ file, line: e.linePos?.[0]?.line ?? line, reason: `invalid YAML: ${e.message.split('\n')[0]}` });
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      out.problems.push({ file, line, reason: `YAML: ${(e as Error).message.split('\n')[0]}` });
      continue;
    }
    if (value === null || value === undefined) continue;
    const v = value as Record<string, any>;
    if (v && typeof v === 'object' && typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items)) {
      v.items.forEach((item: unknown, i: number) => {
        const itemLine = lineFinder(doc, lc, [], line)(['items', i]);
        const o = toObject(item, file, itemLine, lineFinder(doc, lc, ['items', i], itemLine));
        if (typeof o === 'string') out.passedOver.push({ file, line: itemLine, reason: `List item ${i}: ${o}` });
        else out.objects.push(o);
      });
      continue;
    }
    const o = toObject(value, file, line, lineFinder(doc, lc, [], line));
    if (typeof o === 'string') out.passedOver.push({ file, line, reason: o });
    else out.objects.push(o);
  }
  return out;
}

/** Files and directories (every *.yaml / *.yml / *.json beneath) to objects; never throws for a bad file. */
export async function loadManifests(paths: string[], opts: { cwd?: string } = {}): Promise<LoadedManifests> {
  const cwd = opts.cwd ?? process.cwd();
  const out: LoadedManifests = { objects: [], problems: [], files: [], passedOver: [] };
  let files: string[];
  try {
    files = expandManifestPaths(paths, cwd);
  } catch (e) {
    out.problems.push({ file: paths.join(' '), reason: (e as Error).message });
    return out;
  }
  for (const file of files) {
    let text: string;
    try {
      if (statSync(file).size > MAX_FILE_BYTES) {
        out.problems.push({ file, reason: `larger than ${MAX_FILE_BYTES} bytes` });
        continue;
      }
      text = readFileSync(file, 'utf8');
    } catch (e) {
      out.problems.push({ file, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    const one = parseManifestText(text, file);
    out.objects.push(...one.objects);
    out.problems.push(...one.problems);
    out.passedOver.push(...one.passedOver);
    out.files.push(file);
  }
  return out;
}

function expandManifestPaths(paths: string[], cwd: string): string[] {
  return expandInputPaths(paths, { cwd, match: (n) => /\.(ya?ml|json)$/i.test(n), maxFiles: 10_000, maxDepth: 16 });
}
