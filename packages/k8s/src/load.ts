import { expandInputPaths, InputError, readTextInput, STDIN_PATH, UsageError } from '@flightcheck/core';
import { parseManifestText, type ObjectSink } from './parse.js';
import { emptyLoad, type LoadedManifests } from './types.js';

/** Bounds on hostile input: bytes per file, files under the given directories, directory levels. */
export const MAX_FILE_BYTES = 32 << 20;
export const MAX_FILES = 100_000;
export const MAX_DIR_DEPTH = 64;
/** The name standard input goes by in findings. */
export const STDIN_NAME = 'STDIN';

export const isManifestName = (name: string): boolean => /\.ya?ml$/i.test(name);

export interface LoadOptions {
  /** Relative paths are resolved against it (default: the process's working directory). */
  cwd?: string;
  /** Reads standard input for `-`, at most `max` bytes (default: the process's stdin). */
  readStdin?: (max: number) => Promise<string>;
  /** Which names beneath a directory are manifests (default `*.yaml`, `*.yml`). */
  match?: (name: string) => boolean;
  /** parseManifestText's option (the lines of every node kept while reading, for a reader that asks many). */
  recordPositions?: boolean;
  /** parseManifestText's option: every object goes to the sink as its document is read (`objects` stays empty). */
  sink?: ObjectSink;
  /**
   * Reads a file's text in place of parseManifestText (which it may call), e.g. in parts on several threads; it
   * must leave `into` as parseManifestText would (the file in `files`, its objects or its one problem).
   */
  parseText?: (text: string, file: string, into: LoadedManifests) => Promise<void>;
}

/** Expands paths as every manifest reader does: files as given, directories to every *.yaml / *.yml beneath. */
export function expandManifestPaths(paths: readonly string[], opts: { cwd: string; match?: (name: string) => boolean; maxFiles?: number }): string[] {
  return expandInputPaths(paths, {
    cwd: opts.cwd,
    match: opts.match ?? isManifestName,
    stdin: true,
    followGivenLinks: false,
    maxFiles: opts.maxFiles ?? MAX_FILES,
    maxDepth: MAX_DIR_DEPTH,
    messages: { tooMany: (max) => `more than ${max} YAML files` },
  });
}

/** Standard input, bounded: more than `max` bytes is an error, never a quiet cut. */
export async function readProcessStdin(max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new Error(`standard input is over the limit of ${max} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads manifests from files, directories and standard input (`-`). Nothing a path holds stops the others:
 * a path that does not exist, a file that cannot be read (size, binary, permissions) or parsed is one
 * problem each, and every other file is read. Only no path at all is a UsageError.
 */
export async function loadManifests(paths: readonly string[], opts: LoadOptions = {}): Promise<LoadedManifests> {
  if (!paths.length) throw new UsageError('no files given: name manifest files, directories, or - for standard input');
  const cwd = opts.cwd ?? process.cwd();
  const out = emptyLoad();
  let budget = MAX_FILES;
  for (const p of paths) {
    let files: string[];
    try {
      files = expandManifestPaths([p], { cwd, ...(opts.match ? { match: opts.match } : {}), maxFiles: budget });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      out.problems.push({ file: e.file, ...(e.line ? { line: e.line } : {}), reason: e.reason });
      continue;
    }
    budget -= files.filter((f) => f !== STDIN_PATH).length;
    for (const f of files) {
      const text = await readOne(f, opts.readStdin ?? readProcessStdin, out);
      if (text === undefined) continue;
      const name = f === STDIN_PATH ? STDIN_NAME : f;
      if (opts.parseText) await opts.parseText(text, name, out);
      else parseManifestText(text, name, out, undefined, { recordPositions: opts.recordPositions === true, ...(opts.sink ? { sink: opts.sink } : {}) });
    }
  }
  return out;
}

async function readOne(file: string, readStdin: (max: number) => Promise<string>, out: LoadedManifests): Promise<string | undefined> {
  try {
    if (file === STDIN_PATH) {
      try {
        return await readStdin(MAX_FILE_BYTES);
      } catch (e) {
        throw new InputError(STDIN_NAME, (e as Error).message);
      }
    }
    // the API server refuses YAML that is not UTF-8 (kubectl: "invalid leading UTF-8 octet"): so does the model, naming the line
    return readTextInput(file, { maxBytes: MAX_FILE_BYTES, rejectBinary: true, strictUtf8: true });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    out.files.push(e.file);
    out.problems.push({ file: e.file, ...(e.line ? { line: e.line } : {}), reason: e.reason });
    return undefined;
  }
}
