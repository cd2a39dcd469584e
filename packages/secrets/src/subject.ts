import { basename } from 'node:path';
import { readYamlDocuments, type ManifestProblem, type YamlDocument } from '@flightcheck/k8s';

export type SubjectKind = 'dockerfile' | 'yaml' | 'json' | 'env' | 'code' | 'text';

/** Source code of languages where a literal is quoted and a bare word is code (an identifier, a type). Shell is not one. */
const CODE = /\.(?:[cm]?[jt]sx?|py|pyi|go|java|kt|kts|scala|groovy|rb|rs|cs|fs|php|swift|c|cc|cpp|cxx|h|hh|hpp|m|dart|lua|ex|exs|erl|hs|ml|vue|svelte)$/i;

/** One file as every rule sees it: its text, its lines and, for YAML, its documents (parsed once, on demand). */
export interface ScanSubject {
  file: string;
  kind: SubjectKind;
  text: string;
  /** 1-based line and column of an offset in `text`. */
  position(offset: number): { line: number; column: number };
  lines(): string[];
  /** YAML documents with source positions (read by the manifest model); empty when the file is not YAML or does not parse. */
  yaml(): YamlDoc[];
  /** Why a YAML file's documents could not be read (file, line, reason); its text was still scanned. */
  yamlProblem(): ManifestProblem | undefined;
}

/** One YAML document: its data, and the line of a node by path. */
export type YamlDoc = YamlDocument;

export function kindOf(file: string): SubjectKind {
  const name = basename(file);
  if (/^(Dockerfile|Containerfile)(\..+)?$/.test(name) || name.endsWith('.dockerfile')) return 'dockerfile';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (/\.json$/i.test(name)) return 'json';
  if (/^\.env(\..+)?$/.test(name) || name.endsWith('.env')) return 'env';
  if (CODE.test(name)) return 'code';
  return 'text';
}

export function parseSubject(text: string, file: string): ScanSubject {
  let starts: number[] | undefined;
  let lines: string[] | undefined;
  let docs: YamlDoc[] | undefined;
  let problem: ManifestProblem | undefined;
  const kind = kindOf(file);
  return {
    file,
    kind,
    text,
    position(offset) {
      starts ??= lineStarts(text);
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo]! + 1 };
    },
    lines() {
      lines ??= text.split(/\r?\n/);
      return lines;
    },
    yaml() {
      if (docs) return docs;
      docs = [];
      if (kind !== 'yaml') return docs;
      const r = readYamlDocuments(text, file);
      docs = r.documents;
      problem = r.problem;
      return docs;
    },
    yamlProblem() {
      this.yaml();
      return problem;
    },
  };
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}
