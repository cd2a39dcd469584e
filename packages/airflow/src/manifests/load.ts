import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';
import type { K8sObject, LoadedManifests, PodTemplate, YamlPath } from './model.js';

// Stand-in for @flightcheck/k8s's loader (same contract) until it lands on main.
const MAX_FILE_BYTES = 4 << 20;
const MAX_FILES = 2000;
const MAX_DOCS = 5000;

const strMap = (v: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
};

const POD_PATHS: Record<string, (string | number)[]> = {
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

function at(raw: unknown, path: YamlPath): unknown {
  let cur = raw as any;
  for (const k of path) cur = cur && typeof cur === 'object' ? cur[k] : undefined;
  return cur;
}

export function podTemplateOf(raw: Record<string, any>, kind: string): PodTemplate | undefined {
  const specPath = POD_PATHS[kind];
  if (!specPath) return undefined;
  const spec = at(raw, specPath);
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) return undefined;
  const metaPath = kind === 'Pod' ? ['metadata'] : [...specPath.slice(0, -1), 'metadata'];
  const meta = (at(raw, metaPath) ?? {}) as Record<string, unknown>;
  return { namespace: typeof raw.metadata?.namespace === 'string' ? raw.metadata.namespace : '', labels: strMap(meta.labels), annotations: strMap(meta.annotations), spec: spec as Record<string, any>, specPath };
}

function lineOfNode(root: Node | null | undefined, path: YamlPath, lc: LineCounter, fallback: number, offset: number): number {
  let node: any = root;
  let line = fallback;
  for (const k of path) {
    if (isMap(node)) {
      const pair = node.items.find((p: any) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(k));
      if (!pair) break;
      if ((pair.key as any)?.range) line = lc.linePos((pair.key as any).range[0]).line + offset;
      node = pair.value;
    } else if (isSeq(node) && typeof k === 'number' && node.items[k]) {
      node = node.items[k];
      if (node?.range) line = lc.linePos(node.range[0]).line + offset;
    } else break;
  }
  return line;
}

/** One file's text → its objects (synchronous). `lineOffset` places text embedded in another file. */
export function parseManifestText(text: string, file: string, lineOffset = 0): LoadedManifests {
  const out: LoadedManifests = { objects: [], problems: [], files: [file], passedOver: [] };
  const lc = new LineCounter();
  let docs;
  try {
    docs = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false });
  } catch (e) {
    out.problems.push({ file, reason: `cannot parse YAML: ${(e as Error).message.split('\n')[0]}` });
    return out;
  }
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list.slice(0, MAX_DOCS)) {
    const start = doc.contents?.range ? lc.linePos(doc.contents.range[0]).line + lineOffset : lineOffset + 1;
    if (doc.errors.length) {
      const e = doc.errors[0]!;
      out.problems.push({ file, line: (e.linePos?.[0]?.line ?? 1) + lineOffset, reason: `invalid YAML: ${e.message.split('\n')[0]}` });
      continue;
    }
    let raw: unknown;
    try {
      raw = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      out.problems.push({ file, line: start, reason: `invalid YAML: ${(e as Error).message.split('\n')[0]}` });
      continue;
    }
    if (raw == null) continue;
    if (typeof raw !== 'object' || Array.isArray(raw) || typeof (raw as any).apiVersion !== 'string' || typeof (raw as any).kind !== 'string') {
      out.passedOver.push({ file, line: start, reason: 'not a Kubernetes object (no apiVersion or kind)' });
      continue;
    }
    const r = raw as Record<string, any>;
    const items: { raw: Record<string, any>; path: (string | number)[] }[] = r.kind.endsWith('List') && Array.isArray(r.items) ? r.items.map((it: any, i: number) => ({ raw: it, path: ['items', i] })) : [{ raw: r, path: [] }];
    for (const it of items) {
      if (!it.raw || typeof it.raw !== 'object' || typeof it.raw.kind !== 'string') continue;
      const m = (it.raw.metadata ?? {}) as Record<string, unknown>;
      const base = it.path;
      const contents = doc.contents;
      const obj: K8sObject = {
        apiVersion: String(it.raw.apiVersion ?? ''),
        kind: it.raw.kind,
        metadata: { ...m, labels: strMap(m.labels), annotations: strMap(m.annotations), ...(typeof m.name === 'string' ? { name: m.name } : {}), ...(typeof m.namespace === 'string' ? { namespace: m.namespace } : {}) },
        raw: it.raw,
        file,
        line: start,
        lineOf: (path) => lineOfNode(contents as Node, [...base, ...path], lc, start, lineOffset),
      };
      const pod = podTemplateOf(it.raw, it.raw.kind);
      if (pod) obj.pod = pod;
      out.objects.push(obj);
    }
  }
  return out;
}

function collect(abs: string, out: string[]): void {
  const st = statSync(abs);
  if (st.isFile()) {
    out.push(abs);
    return;
  }
  for (const e of readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (out.length >= MAX_FILES) return;
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(abs, e.name);
    if (e.isDirectory()) collect(p, out);
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
}

/** Files and folders (YAML files of a folder, recursively) → every object; unreadable files are problems. */
export async function loadManifests(paths: string[], opts: { cwd?: string } = {}): Promise<LoadedManifests> {
  const cwd = opts.cwd ?? process.cwd();
  const all: LoadedManifests = { objects: [], problems: [], files: [], passedOver: [] };
  for (const p of paths) {
    const abs = p.startsWith('/') ? p : join(cwd, p);
    const files: string[] = [];
    try {
      collect(abs, files);
    } catch (e) {
      all.problems.push({ file: relative(cwd, abs).split(sep).join('/') || p, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    for (const f of files) {
      const rel = relative(cwd, f).split(sep).join('/');
      try {
        if (statSync(f).size > MAX_FILE_BYTES) {
          all.problems.push({ file: rel, reason: `larger than ${MAX_FILE_BYTES} bytes: not read` });
          continue;
        }
        const one = parseManifestText(readFileSync(f, 'utf8'), rel);
        all.objects.push(...one.objects);
        all.problems.push(...one.problems);
        all.files.push(rel);
        all.passedOver.push(...one.passedOver);
      } catch (e) {
        all.problems.push({ file: rel, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      }
    }
  }
  return all;
}
