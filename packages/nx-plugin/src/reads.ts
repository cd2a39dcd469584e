import { readFileSync, statSync } from 'node:fs';

/**
 * The files createNodes reads besides the files Nx hands it (package manifests, executor schemas, the policy):
 * recorded while a project's targets are inferred, each with its identity taken before it is read, so that a
 * cached inference is used again only while none of them changed (nodes-cache.ts).
 */
let recording: Map<string, string> | undefined;

/**
 * A file's identity: size, modification and change times, inode (`-` when it is missing). Any write changes the
 * change time, which no program can set back (utimes sets it to now), so an unchanged identity is an unchanged
 * file; taken before a read, a write during the read shows next time.
 */
export function fileIdentity(file: string): string {
  try {
    const st = statSync(file, { throwIfNoEntry: false });
    return st ? `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}` : '-';
  } catch {
    return '?';
  }
}

/** Reads a file's text, noting its path and identity when reads are recorded. */
export function readText(file: string): string {
  if (recording && !recording.has(file)) recording.set(file, fileIdentity(file));
  return readFileSync(file, 'utf8');
}

/** Notes a file the inference depends on without reading it (a package resolved through it). */
export function noteRead(file: string): void {
  if (recording && !recording.has(file)) recording.set(file, fileIdentity(file));
}

/** Runs `work` and returns what it returned with every path readText or noteRead saw meanwhile, and its identity then. */
export function recordReads<T>(work: () => T): { result: T; reads: [string, string][] } {
  const outer = recording;
  const mine = new Map<string, string>();
  recording = mine;
  try {
    const result = work();
    return { result, reads: [...mine] };
  } finally {
    if (outer) for (const [f, id] of mine) if (!outer.has(f)) outer.set(f, id);
    recording = outer;
  }
}
