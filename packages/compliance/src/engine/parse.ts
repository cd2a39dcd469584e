import { InputError } from '@flightcheck/core';
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { fastDocuments, type StreamDocument } from './fast-yaml.js';
import { isRecognised, podTemplateOf, stringMap, asRecord } from './kinds.js';
import { parseQuantity, QuantityError } from './quantity.js';
import type { KubeObject } from './types.js';

/** Bounds on hostile input. */
export const MAX_FILE_BYTES = 32 << 20;
export const MAX_ALIAS_COUNT = 100;
const MAX_LIST_DEPTH = 8;

export interface ParsedInput {
  objects: KubeObject[];
  /** Objects of kinds kube-score does not know (ConfigMap, CRDs…), passed over. */
  skipped: { file: string; line: number; apiVersion: string; kind: string; name?: string }[];
}

/** `yaml` is loaded when a file needs it (about 0.1 s of start-up that the fast path mostly spares). */
let yaml: typeof Yaml | undefined;
const loadYaml = (): typeof Yaml => (yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml);

function lineOfDocStart(src: string, offset: number, lc: Yaml.LineCounter): number {
  const pos = lc.linePos(offset).line;
  return src.startsWith('---', offset) ? pos + 1 : pos;
}

/**
 * The documents of a stream (LF line ends) read with the `yaml` Document API: the reference reading, for any
 * input (aliases bounded by MAX_ALIAS_COUNT). A syntax error throws when its document is reached.
 */
export function* yamlDocuments(src: string, file: string): Generator<StreamDocument> {
  const { LineCounter, parseAllDocuments } = loadYaml();
  const lc = new LineCounter();
  let docs;
  try {
    docs = parseAllDocuments(src, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
  } catch (e) {
    throw new InputError(file, `invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    const err = doc.errors[0];
    if (err) throw new InputError(file, `invalid YAML: ${err.message.split('\n')[0]}`, lc.linePos(err.pos[0]).line);
    let line = lineOfDocStart(src, doc.range[0], lc);
    let name = file;
    const first = src.slice(doc.range[0], doc.range[0] + 4096).replace(/^---[^\n]*\n/, '');
    const helm = /^# Source: ([^\n]+)/.exec(first);
    if (helm) {
      name = helm[1]!.trim();
      line = 1;
    }
    if (doc.contents === null) continue;
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      throw new InputError(file, `invalid YAML: ${(e as Error).message.split('\n')[0]}`, line);
    }
    if (data === null || data === undefined) continue;
    yield { data, name, line };
  }
}

/**
 * Parses one file's text (multi-document YAML) into the objects kube-score would score: js-yaml when
 * fast-yaml.ts is sure it reads the file as `yaml` does, else `yaml` itself.
 */
export function parseManifests(text: string, file: string, into: ParsedInput = { objects: [], skipped: [] }): ParsedInput {
  const src = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
  for (const doc of fastDocuments(src, file) ?? yamlDocuments(src, file)) addDocument(doc.data, doc.name, doc.line, into, 0);
  return into;
}

function addDocument(data: unknown, file: string, line: number, into: ParsedInput, depth: number): void {
  if (Array.isArray(data)) throw new InputError(file, 'the document is a YAML sequence, not a Kubernetes object (a mapping with apiVersion and kind)', line);
  if (typeof data !== 'object' || data === null) throw new InputError(file, `the document is a scalar (${JSON.stringify(data)?.slice(0, 40)}), not a Kubernetes object`, line);
  const obj = data as Record<string, any>;
  const { apiVersion, kind } = obj;
  if (typeof kind !== 'string' || !kind) throw new InputError(file, 'the object has no kind', line);
  if (typeof apiVersion !== 'string' || !apiVersion) throw new InputError(file, `the ${kind} has no apiVersion`, line);
  if (kind === 'List' && apiVersion === 'v1') {
    if (depth >= MAX_LIST_DEPTH) throw new InputError(file, `List nested deeper than ${MAX_LIST_DEPTH}`, line);
    if (obj.items !== undefined && obj.items !== null && !Array.isArray(obj.items)) throw new InputError(file, 'List.items must be a sequence', line);
    for (const item of obj.items ?? []) addDocument(item, file, line, into, depth + 1);
    return;
  }
  const rawMeta = obj.metadata;
  if (rawMeta !== undefined && rawMeta !== null && (typeof rawMeta !== 'object' || Array.isArray(rawMeta))) throw new InputError(file, `${kind}: metadata must be a mapping`, line);
  const meta = asRecord(rawMeta);
  if (!isRecognised(apiVersion, kind)) {
    into.skipped.push({ file, line, apiVersion, kind, ...(typeof meta.name === 'string' ? { name: meta.name } : {}) });
    return;
  }
  if ((typeof meta.name !== 'string' || !meta.name) && (typeof meta.generateName !== 'string' || !meta.generateName)) {
    throw new InputError(file, `${apiVersion}/${kind} has no metadata.name`, line);
  }
  for (const key of ['labels', 'annotations'] as const) {
    const v = meta[key];
    if (v !== undefined && v !== null && (typeof v !== 'object' || Array.isArray(v))) throw new InputError(file, `${kind} ${meta.name}: metadata.${key} must be a mapping`, line);
  }
  const metadata = { ...meta, labels: stringMap(meta.labels), annotations: stringMap(meta.annotations) } as KubeObject['metadata'];
  if (meta.namespace !== undefined && meta.namespace !== null) metadata.namespace = String(meta.namespace);
  const namespace = metadata.namespace ?? '';
  const pod = podTemplateOf(kind, obj, namespace);
  if (pod) validatePodSpec(pod.spec, file, line, `${kind} ${String(meta.name ?? meta.generateName)}`);
  into.objects.push({ apiVersion, kind, metadata, raw: obj, file, line, ...(pod ? { pod } : {}) });
}

/** Type errors that kube-score's decoder rejects, for the fields the checks read. */
function validatePodSpec(spec: Record<string, any>, file: string, line: number, what: string): void {
  for (const field of ['containers', 'initContainers']) {
    const list = spec[field];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) throw new InputError(file, `${what}: spec.${field} must be a sequence`, line);
    for (const c of list) {
      if (!c || typeof c !== 'object' || Array.isArray(c)) throw new InputError(file, `${what}: each of spec.${field} must be a mapping`, line);
      const res = asRecord(c.resources);
      for (const part of ['limits', 'requests']) {
        for (const [k, v] of Object.entries(asRecord(res[part]))) {
          try {
            parseQuantity(v);
          } catch (e) {
            if (e instanceof QuantityError) throw new InputError(file, `${what}: container ${String(c.name)}: resources.${part}.${k}: ${e.message}`, line);
            throw e;
          }
        }
      }
    }
  }
}
