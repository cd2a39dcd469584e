import { readFileSync } from 'node:fs';

/**
 * The files createNodes reads besides the files Nx hands it (package manifests, executor schemas, the policy):
 * recorded while a project's targets are inferred, so that a cached inference is used again only while none of
 * them changed (nodes-cache.ts).
 */
let recording: Set<string> | undefined;

/** Reads a file's text, noting its path when reads are recorded. */
export function readText(file: string): string {
  recording?.add(file);
  return readFileSync(file, 'utf8');
}

/** Notes a file the inference depends on without reading it (a package resolved through it). */
export function noteRead(file: string): void {
  recording?.add(file);
}

/** Runs `work` and returns what it returned with every path readText or noteRead saw meanwhile. */
export function recordReads<T>(work: () => T): { result: T; reads: string[] } {
  const outer = recording;
  const mine = new Set<string>();
  recording = mine;
  try {
    const result = work();
    return { result, reads: [...mine] };
  } finally {
    if (outer) for (const f of mine) outer.add(f);
    recording = outer;
  }
}
