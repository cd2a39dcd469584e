import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { compiledExecArgv } from '@flightcheck/core';
import type { LintedFile, LintFailure } from './batch.js';
import type { RuleConfig } from './rules/rule.js';

/** Below this many files one thread is faster: a worker costs ~0.1–0.2 s of start-up (modules, tree-sitter). */
export const PARALLEL_MIN_FILES = 50;
/** At most this many threads by default (the files are read from one disk, and the CLI runs beside other work). */
export const MAX_WORKERS = 2;
/**
 * Whether `--jobs` defaults to several threads. Measured on the 2-core machine this was built on (1,000 files,
 * load ~3): 2 threads took MORE wall time (3.4–3.8 s vs 2.8–2.9 s) and ~1 s more CPU than 1 (every isolate
 * loads the modules and tree-sitter and JIT-warms the rules and parsers again; another process held one core).
 * So the default stays one thread, and `--jobs 2` is there for machines where it pays.
 */
export const AUTO_PARALLEL = false;

export interface WorkerData {
  cwd: string;
  config: RuleConfig;
}
export type WorkerRequest = { kind: 'lint'; files: [number, string][] } | { kind: 'stop' };
export type WorkerReply = { kind: 'ready' } | { kind: 'results'; results: [number, LintedFile | LintFailure][] };

/** The worker side of the environment (core): the TypeScript-source export condition of tests is not passed on. */
export { compiledExecArgv };

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * How many threads to lint `fileCount` files with; 0 = this thread only. `jobs` is the user's choice (undefined =
 * automatic, see AUTO_PARALLEL). With n threads, this thread lints too, beside n - 1 workers. Workers need the
 * compiled worker module: run from TypeScript sources (unit tests) the engine stays in-thread.
 */
export function workerCount(fileCount: number, jobs: number | undefined, workerUrl: URL = WORKER_URL): number {
  if (!existsSync(fileURLToPath(workerUrl))) return 0;
  const wanted = jobs ?? (AUTO_PARALLEL && fileCount >= PARALLEL_MIN_FILES ? Math.min(MAX_WORKERS, availableParallelism()) : 1);
  const n = Math.min(Math.max(0, Math.floor(wanted)), fileCount);
  return n <= 1 ? 0 : n;
}

/**
 * Lints the files in `workers` worker threads and returns one entry per file, in the order of `files` (each
 * worker pulls small batches, so a slow or busy thread does not hold the others up; the order of the output
 * does not depend on which thread linted what). A worker that fails (cannot load the bash parser, crashes)
 * rejects the whole call: the check fails closed, it never drops files.
 */
export function lintInWorkers(
  files: string[],
  data: WorkerData,
  workers: number,
  /** Lints a file in this thread too (it takes batches from the same queue between the workers' messages). */
  here?: (file: string) => LintedFile | LintFailure,
  workerUrl: URL = WORKER_URL,
): Promise<(LintedFile | LintFailure)[]> {
  const out = new Array<LintedFile | LintFailure | undefined>(files.length);
  const batch = Math.max(1, Math.min(16, Math.ceil(files.length / (workers * 8))));
  let next = 0;
  let received = 0;
  const pool: Worker[] = [];
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (e: Error): void => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      reject(e);
    };
    const take = (): [number, string][] => {
      const slice: [number, string][] = [];
      for (; next < files.length && slice.length < batch; next++) slice.push([next, files[next]!]);
      return slice;
    };
    const done = (): void => {
      if (received !== files.length || settled) return;
      settled = true;
      for (const p of pool) p.postMessage({ kind: 'stop' } satisfies WorkerRequest);
      resolve(out as (LintedFile | LintFailure)[]);
    };
    const feed = (w: Worker): void => {
      if (next >= files.length) return;
      w.postMessage({ kind: 'lint', files: take() } satisfies WorkerRequest);
    };
    for (let k = 0; k < workers; k++) {
      // worker_threads loaded here: a lint of a few files (one thread) never needs it
      const w = new (process.getBuiltinModule('node:worker_threads').Worker)(workerUrl, { workerData: data satisfies WorkerData, execArgv: compiledExecArgv() });
      pool.push(w);
      w.on('message', (m: WorkerReply) => {
        if (m.kind === 'results') {
          for (const [i, r] of m.results) out[i] = r;
          received += m.results.length;
          done();
          feed(w);
        } else {
          // two batches in flight, so that a worker does not wait while this thread lints
          feed(w);
          feed(w);
        }
      });
      w.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
      w.on('exit', (code) => {
        if (code !== 0) fail(new Error(`a dockerfile-lint worker thread exited with code ${code}`));
        else if (!settled) fail(new Error('a dockerfile-lint worker thread stopped before its files were linted'));
      });
    }
    if (here) {
      const step = (): void => {
        if (settled) return;
        const slice = take();
        try {
          for (const [i, file] of slice) out[i] = here(file);
        } catch (e) {
          fail(e instanceof Error ? e : new Error(String(e)));
          return;
        }
        received += slice.length;
        done();
        if (next < files.length) setImmediate(step);
      };
      setImmediate(step);
    }
  });
}
