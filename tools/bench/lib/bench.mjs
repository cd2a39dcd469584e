// What the manifest benchmarks share (tools/bench/compliance.mjs, pod-security.mjs): the repository root, their
// command-line options, a block-style YAML writer for the generated objects, writing them to a temporary file,
// medians. Not a benchmark itself (tools/bench/run.mjs runs only the *.mjs files of tools/bench).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The options of a benchmark's command line: `opt('--runs', 5)` reads a number, `flag('--fallback')` a switch, `value('--write')` a string. */
export function benchArgs(args = process.argv.slice(2)) {
  const at = (name) => args.indexOf(name);
  return {
    args,
    opt: (name, fallback) => (at(name) >= 0 ? Number(args[at(name) + 1]) : fallback),
    flag: (name) => at(name) >= 0,
    value: (name) => (at(name) >= 0 ? args[at(name) + 1] : undefined),
  };
}

/**
 * A small block-style emitter: mappings and sequences in block style, scalars as JSON (valid YAML). The
 * generators must not depend on the code under test, so not on the project's YAML readers.
 */
export function toYaml(value, indent = '') {
  if (Array.isArray(value)) return value.map((v) => `${indent}- ${toYaml(v, indent + '  ').trimStart()}`).join('\n');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => (v && typeof v === 'object' && (Array.isArray(v) ? v.length : Object.keys(v).length) ? `${indent}${k}:\n${toYaml(v, indent + '  ')}` : `${indent}${k}: ${JSON.stringify(v)}`))
      .join('\n');
  }
  return `${indent}${JSON.stringify(value)}`;
}

/** Writes the objects as one multi-document YAML file in a new temporary folder: the folder, the file and its size in bytes. */
export function writeManifests(prefix, objects) {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const file = join(dir, 'manifests.yaml');
  const text = objects.map((o) => toYaml(o)).join('\n---\n') + '\n';
  writeFileSync(file, text);
  return { dir, file, size: Buffer.byteLength(text) };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A load average as the benchmarks print it. */
export const loadText = (l) => l.map((x) => x.toFixed(2)).join(' ');
