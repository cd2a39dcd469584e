/**
 * TEMPORARY stand-in for `@flightcheck/k8s` (its HELPERS.md contract), until that package lands on main:
 * then this file becomes a re-export of it. Files and stdin to objects with source positions.
 */
import { expandInputPaths, InputError, readTextInput } from '@flightcheck/core';
import { resolve } from 'node:path';
import jsyaml from 'js-yaml';
import { isMap as isYamlMap, isSeq as isYamlSeq, LineCounter, parseDocument, type Node } from 'yaml';

export type YamlPath = readonly (string | number)[];
export interface PodTemplate { namespace: string; labels: Record<string, string>; annotations: Record<string, string>; spec: Record<string, any>; specPath: (string | number)[] }
export interface K8sObject {
  apiVersion: string; kind: string;
  metadata: { name?: string; generateName?: string; namespace?: string; labels: Record<string, string>; annotations: Record<string, string>; [k: string]: unknown };
  raw: Record<string, any>; file: string; line: number;
  lineOf(path: YamlPath): number;
  pod?: PodTemplate;
}
export interface ManifestProblem { file: string; line?: number; reason: string }
export interface LoadedManifests { objects: K8sObject[]; problems: ManifestProblem[]; files: string[]; passedOver: { file: string; line: number; reason: string }[] }

export const MAX_FILE_BYTES = 32 << 20;
const isMap = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);
function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isMap(v)) for (const [k, x] of Object.entries(v)) if (x !== null && x !== undefined) out[k] = String(x);
  return out;
}

const TEMPLATE_PATHS: Record<string, (string | number)[]> = {
  Pod: ['spec'], PodTemplate: ['template', 'spec'], CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Deployment: ['spec', 'template', 'spec'], StatefulSet: ['spec', 'template', 'spec'], DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'], ReplicationController: ['spec', 'template', 'spec'], Job: ['spec', 'template', 'spec'],
};

export function podTemplateOf(obj: { kind: string; raw: Record<string, any>; metadata?: { namespace?: string } }): PodTemplate | undefined {
  const specPath = TEMPLATE_PATHS[obj.kind];
  if (!specPath) return undefined;
  let node: unknown = obj.raw;
  for (const k of specPath) node = isMap(node) ? node[k as string] : undefined;
  if (!isMap(node)) return undefined;
  let meta: unknown = obj.raw;
  for (const k of [...specPath.slice(0, -1), 'metadata']) meta = isMap(meta) ? meta[k as string] : undefined;
  return { namespace: obj.metadata?.namespace ?? '', labels: stringMap(isMap(meta) ? meta.labels : undefined), annotations: stringMap(isMap(meta) ? meta.annotations : undefined), spec: node, specPath };
}

function lineFinder(text: string, offset: number): (path: YamlPath) => number {
  let doc: ReturnType<typeof parseDocument> | undefined;
  let lc: LineCounter | undefined;
  return (path) => {
    if (!doc) {
      lc = new LineCounter();
      doc = parseDocument(text, { lineCounter: lc, keepSourceTokens: false });
    }
    const lineAt = (n: Node | null | undefined) => (n?.range ? lc!.linePos(n.range[0]).line : 1);
    let node = doc.contents as Node | null;
    let line = lineAt(node);
    for (const seg of path) {
      if (isYamlMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === seg);
        if (!pair) break;
        line = lineAt(pair.key as Node);
        node = pair.value as Node | null;
      } else if (isYamlSeq(node) && typeof seg === 'number' && node.items[seg]) {
        node = node.items[seg] as Node;
        line = lineAt(node);
      } else break;
    }
    return line + offset;
  };
}

export function parseManifestText(text: string, file: string, into?: LoadedManifests): LoadedManifests {
  const out = into ?? { objects: [], problems: [], files: [file], passedOver: [] };
  const lines = text.split('\n');
  let start = 0;
  const chunks: { text: string; line: number }[] = [];
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || /^---(\s|$)/.test(lines[i]!)) {
      if (i > start || i === lines.length) chunks.push({ text: lines.slice(start, i).join('\n'), line: start + 1 });
      start = i + 1;
    }
  }
  for (const ch of chunks) {
    let value: unknown;
    try {
      value = jsyaml.load(ch.text, { maxDepth: 200 } as never);
    } catch (e) {
      const m = /\((\d+):\d+\)/.exec((e as Error).message);
      out.problems.push({ file, line: ch.line + (m ? Number(m[1]) - 1 : 0), reason: `invalid YAML: ${(e as Error).message.split('\n')[0]}` });
      continue;
    }
    if (value === null || value === undefined) continue;
    const firstLine = ch.line + Math.max(0, ch.text.split('\n').findIndex((l) => l.trim() && !l.trim().startsWith('#')));
    const lineOf = lineFinder(ch.text, ch.line - 1);
    const items: { raw: unknown; path: (string | number)[] }[] = isMap(value) && value.kind === 'List' && Array.isArray(value.items) ? value.items.map((raw, i) => ({ raw, path: ['items', i] })) : [{ raw: value, path: [] }];
    for (const it of items) {
      if (!isMap(it.raw) || typeof it.raw.kind !== 'string' || typeof it.raw.apiVersion !== 'string') {
        out.passedOver.push({ file, line: firstLine, reason: 'not a Kubernetes object (no apiVersion or kind)' });
        continue;
      }
      const raw = it.raw;
      const m = isMap(raw.metadata) ? raw.metadata : {};
      const metadata = { ...m, labels: stringMap(m.labels), annotations: stringMap(m.annotations) } as K8sObject['metadata'];
      if (m.name !== undefined) metadata.name = String(m.name);
      if (m.namespace !== undefined) metadata.namespace = String(m.namespace);
      const obj: K8sObject = { apiVersion: raw.apiVersion, kind: raw.kind, metadata, raw, file, line: it.path.length ? lineOf(it.path) : firstLine, lineOf: (p) => lineOf([...it.path, ...p]) };
      const pod = podTemplateOf(obj);
      if (pod) obj.pod = pod;
      out.objects.push(obj);
    }
  }
  return out;
}

export async function loadManifests(paths: string[], opts: { cwd?: string; readStdin?: (max: number) => Promise<string> } = {}): Promise<LoadedManifests> {
  const files = expandInputPaths(paths, { cwd: opts.cwd ?? process.cwd(), match: (n) => /\.ya?ml$/i.test(n), stdin: true, maxFiles: 100_000, maxDepth: 64, output: 'as-given' });
  const out: LoadedManifests = { objects: [], problems: [], files: [], passedOver: [] };
  for (const f of files) {
    let text: string;
    const name = f === '-' ? 'STDIN' : f;
    out.files.push(name);
    try {
      if (f === '-') {
        if (!opts.readStdin) throw new InputError('STDIN', 'standard input is not available here');
        text = await opts.readStdin(MAX_FILE_BYTES);
      } else text = readTextInput(resolve(opts.cwd ?? process.cwd(), f), { maxBytes: MAX_FILE_BYTES, rejectBinary: true });
    } catch (e) {
      out.problems.push({ file: name, reason: e instanceof InputError ? e.reason : (e as Error).message });
      continue;
    }
    parseManifestText(text, name, out);
  }
  return out;
}
