import { InputError } from '@flightcheck/core';
import { asRecord, emptyLoad, parseManifestText, type LoadedManifests, type ManifestProblem, type PassedOver } from '@flightcheck/k8s';
import { parseQuantity, QuantityError } from './quantity.js';
import { isRecognised } from './recognised.js';
import type { KubeObject } from './types.js';

export interface ParsedInput {
  /** The objects kube-score scores. */
  objects: KubeObject[];
  /** Objects of kinds kube-score does not know (ConfigMap, CRDs…), passed over. */
  skipped: { file: string; line: number; apiVersion: string; kind: string; name?: string }[];
  /** Documents without apiVersion or kind, passed over. */
  passedOver: PassedOver[];
  /** Files that could not be read or parsed, and objects kube-score would refuse to decode. */
  problems: ManifestProblem[];
  /** Inputs that hold no document. */
  empty: string[];
  files: string[];
}

export const emptyParsed = (): ParsedInput => ({ objects: [], skipped: [], passedOver: [], problems: [], empty: [], files: [] });

/**
 * What kube-score takes from the manifest model: the objects of the kinds it decodes, each with a name, and
 * pod specs whose quantities it can decode; an object it would refuse is a problem naming its file and line.
 */
export function selectScored(loaded: LoadedManifests, into: ParsedInput = emptyParsed()): ParsedInput {
  into.problems.push(...loaded.problems);
  into.passedOver.push(...loaded.passedOver);
  into.empty.push(...loaded.empty);
  into.files.push(...loaded.files);
  for (const o of loaded.objects) {
    const { apiVersion, kind, metadata: meta, file, line } = o;
    if (!isRecognised(apiVersion, kind)) {
      into.skipped.push({ file, line, apiVersion, kind, ...(typeof meta.name === 'string' ? { name: meta.name } : {}) });
      continue;
    }
    try {
      if ((typeof meta.name !== 'string' || !meta.name) && (typeof meta.generateName !== 'string' || !meta.generateName)) {
        throw new InputError(file, `${apiVersion}/${kind} has no metadata.name`, line);
      }
      if (o.pod) validatePodSpec(o, `${kind} ${String(meta.name ?? meta.generateName)}`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      into.problems.push({ file: e.file, ...(e.line ? { line: e.line } : {}), reason: e.reason });
      continue;
    }
    into.objects.push(o);
  }
  return into;
}

/** Parses one file's text into what kube-score scores (see selectScored). */
export function parseManifests(text: string, file: string, into: ParsedInput = emptyParsed()): ParsedInput {
  return selectScored(parseManifestText(text, file, emptyLoad()), into);
}

/** Type errors that kube-score's decoder rejects, for the fields the checks read. */
function validatePodSpec(o: KubeObject, what: string): void {
  const { spec, specPath } = o.pod!;
  for (const field of ['containers', 'initContainers']) {
    const list = spec[field];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) throw new InputError(o.file, `${what}: spec.${field} must be a sequence`, o.lineOf([...specPath, field]));
    for (const [i, c] of list.entries()) {
      if (!c || typeof c !== 'object' || Array.isArray(c)) throw new InputError(o.file, `${what}: each of spec.${field} must be a mapping`, o.lineOf([...specPath, field, i]));
      const res = asRecord(c.resources);
      for (const part of ['limits', 'requests']) {
        for (const [k, v] of Object.entries(asRecord(res[part]))) {
          try {
            parseQuantity(v);
          } catch (e) {
            if (e instanceof QuantityError) throw new InputError(o.file, `${what}: container ${String(c.name)}: resources.${part}.${k}: ${e.message}`, o.lineOf([...specPath, field, i, 'resources', part, k]));
            throw e;
          }
        }
      }
    }
  }
}
