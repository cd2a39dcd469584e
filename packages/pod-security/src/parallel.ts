import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { compiledExecArgv } from '@flightcheck/core';
import type { PodSecurityConfig } from './admission/config.js';
import { collectingSink, type CollectedPart, type CollectingSink } from './collect.js';
import { parseManifestText, readStreamPart, splitStream, type LoadedManifests, type PassedOver, type StreamPart } from './manifests.js';

/**
 * Below this many characters a file is read on this thread alone. A worker costs ~0.1 s to start (the bundled
 * entry; ~0.25 s the module graph) and every isolate warms its own JIT, so a second thread costs ~0.5 s more CPU
 * on the 10,000-workload benchmark (16.7 MB): measured on the 2-core machine this was built on, with one core
 * taken by other work (load 1.8), 2.2–2.3 s wall instead of 2.4–2.8 s; with both cores taken (load 3 and more)
 * no wall time is won. 4 MB is about 2,400 such workloads, ~0.7 s on one thread: below that the start-up
 * is not paid back.
 */
export const PARALLEL_MIN_CHARS = 4 << 20;
/**
 * Whether a large file is read on several threads without --jobs. Off: on the 2-core machine this was built on,
 * quiet (load 0.3), the 10,000-workload benchmark took 1.86 s wall and 2.17 s of CPU on one thread and 1.89 s
 * wall and 2.88 s of CPU on two (`node tools/bench/pod-security.mjs --runs 5` with and without `--jobs 1`): a
 * second thread wins no wall time where CI's other tasks want the core. `--jobs N` asks for it.
 */
export const AUTO_PARALLEL = false;
/** Threads by default (this one and the workers): the machine's cores, at most this many. */
export const MAX_THREADS = 2;
/** Parts per thread: enough that a thread that started late or runs slow does not hold the others up. */
export const PARTS_PER_THREAD = 6;
/** Each worker's heap: it holds one part's documents at a time and the verdicts of its parts. */
export const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 48, stackSizeMb: 4 };

export interface WorkerData {
  config: PodSecurityConfig;
}
export type PartRequest = { kind: 'part'; index: number; file: string; text: string; line: number } | { kind: 'stop' };
/** What a part gave: null when it cannot be read apart (the whole file is then read on one thread). */
export interface PartResult {
  documents: number;
  passedOver: PassedOver[];
  collected: CollectedPart;
}
export type PartReply = { kind: 'part'; index: number; result: PartResult | null };

/** The worker side of the environment (core): the TypeScript-source export condition of tests is not passed on. */
export { compiledExecArgv };

const WORKER_MODULE = new URL('./worker.js', import.meta.url);
/** The worker entry bundled with its imports by tools/bundle-cli.mjs (one file: starts in a fraction of the time). */
const WORKER_BUNDLE = new URL('./worker.bundle.cjs', import.meta.url);

/**
 * The worker script to start: the bundle when it is there and no file it holds has changed since it was made
 * (its `.json` beside it lists their modification times), else the compiled module. `undefined` when neither
 * exists (run from TypeScript sources: one thread).
 */
export function workerScript(bundle: URL = WORKER_BUNDLE, module: URL = WORKER_MODULE): URL | undefined {
  try {
    const file = fileURLToPath(bundle);
    const { inputs } = JSON.parse(readFileSync(file.replace(/\.cjs$/, '.json'), 'utf8')) as { inputs: Record<string, number> };
    const base = dirname(file);
    const fresh = Object.entries(inputs).every(([f, mtime]) => Math.abs(Math.trunc(statSync(join(base, f)).mtimeMs) - mtime) <= 1);
    if (fresh && existsSync(file)) return bundle;
  } catch {
    // no bundle, or one that cannot be checked: the compiled module
  }
  return existsSync(fileURLToPath(module)) ? module : undefined;
}

/**
 * How many threads read a file of `chars` characters (1: this one alone). `jobs`: the user's (undefined =
 * automatic: one thread unless `auto`, then up to MAX_THREADS from PARALLEL_MIN_CHARS).
 */
export function threadCount(chars: number, jobs: number | undefined, cores = availableParallelism(), auto = AUTO_PARALLEL): number {
  if (jobs !== undefined) return Math.max(1, Math.floor(jobs));
  return auto && chars >= PARALLEL_MIN_CHARS ? Math.max(1, Math.min(MAX_THREADS, cores)) : 1;
}

export interface PoolOptions {
  script?: URL;
  resourceLimits?: ResourceLimits;
}

/**
 * Worker threads that read and judge parts of streams, with this thread reading parts too (between their
 * messages). Started on the first file large enough; closed (every worker terminated) by `close`. A worker that
 * fails (crashes, passes its heap bound, exits early) rejects the file being read, and the pool is not used again.
 */
export class PartPool {
  private readonly pool: Worker[] = [];
  private failure: Error | undefined;
  private pending: ((e: Error) => void) | undefined;
  private onPart: ((w: Worker, r: Extract<PartReply, { kind: 'part' }>) => void) | undefined;

  constructor(
    private readonly config: PodSecurityConfig,
    readonly workers: number,
    private readonly options: PoolOptions & { script: URL },
  ) {
    const { Worker: W } = process.getBuiltinModule('node:worker_threads');
    for (let k = 0; k < workers; k++) {
      const w = new W(options.script, { workerData: { config } satisfies WorkerData, execArgv: compiledExecArgv(), resourceLimits: options.resourceLimits ?? WORKER_LIMITS, stdout: false, stderr: false });
      this.pool.push(w);
      w.on('message', (m: PartReply) => {
        if (m.kind === 'part') this.onPart?.(w, m);
      });
      w.on('error', (e) => this.fail(e instanceof Error ? e : new Error(String(e))));
      this.alive++;
      w.on('exit', (code) => {
        this.alive--;
        if (!this.closed) this.fail(new Error(code === 0 ? 'a worker thread stopped before its parts were read' : `a worker thread exited with code ${code}`));
      });
    }
  }

  private closed = false;
  /** Workers started and not yet ended. */
  alive = 0;
  /** Parts read so far by the workers and by this thread. */
  readonly parts = { workers: 0, here: 0 };

  get failed(): Error | undefined {
    return this.failure;
  }

  private fail(e: Error): void {
    if (this.failure || this.closed) return;
    this.failure = e;
    for (const w of this.pool) void w.terminate();
    this.pending?.(e);
  }

  /** Reads every part of `src` (this thread and the workers), each part's result in the parts' order. */
  read(file: string, src: string, parts: readonly StreamPart[]): Promise<(PartResult | null)[]> {
    if (this.failure) return Promise.reject(this.failure);
    const out = new Array<PartResult | null | undefined>(parts.length);
    let next = 0;
    let received = 0;
    return new Promise<(PartResult | null)[]>((resolve, reject) => {
      let settled = false;
      const finish = (e?: Error) => {
        if (settled) return;
        settled = true;
        this.pending = undefined;
        this.onPart = undefined;
        if (e) reject(e);
        else resolve(out as (PartResult | null)[]);
      };
      this.pending = finish;
      const feed = (w: Worker): void => {
        if (next >= parts.length || settled) return;
        const i = next++;
        const p = parts[i]!;
        w.postMessage({ kind: 'part', index: i, file, text: src.slice(p.start, p.end), line: p.line } satisfies PartRequest);
      };
      const got = (i: number, r: PartResult | null): void => {
        out[i] = r;
        if (++received === parts.length) finish();
      };
      this.onPart = (w, m) => {
        this.parts.workers++;
        got(m.index, m.result);
        feed(w);
      };
      // two parts in flight per worker from the start (a starting worker reads them once it is up; this thread
      // may be busy with a part when it is), so that a worker does not wait while this thread reads
      for (const w of this.pool) {
        feed(w);
        feed(w);
      }
      const step = (): void => {
        if (settled || next >= parts.length) return;
        const i = next++;
        const p = parts[i]!;
        try {
          const r = readHere(this.config, file, src.slice(p.start, p.end), p.line);
          this.parts.here++;
          got(i, r);
        } catch (e) {
          finish(e instanceof Error ? e : new Error(String(e)));
          return;
        }
        setImmediate(step);
      };
      setImmediate(step);
    });
  }

  /** Stops every worker (and waits until each has ended). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.pool.map((w) => w.terminate()));
  }
}

/** A part read on this thread: what a worker would post back. */
function readHere(config: PodSecurityConfig, file: string, text: string, line: number): PartResult | null {
  const c = collectingSink(config);
  const read = readStreamPart(text, file, line, c.sink);
  return read ? { ...read, collected: { parts: c.parts, embeddedProblems: c.embeddedProblems } } : null;
}

export interface ParallelReading {
  /** loadManifests' parseText: a large file in parts on several threads, any other on this one (into `collector`). */
  parseText(text: string, file: string, into: LoadedManifests): Promise<void>;
  /** Ends every worker thread started. */
  close(): Promise<void>;
  /** Parts read by the workers and by this thread so far. */
  readonly parts: { workers: number; here: number };
  /** Worker threads started and not yet ended (0 once closed). */
  readonly alive: number;
}

/**
 * Reads the manifests into `collector` as one thread would (the same report, whatever the threads): a file that
 * threadCount gives more than one thread (--jobs N) is split at document starts and its parts are read and judged on this thread and
 * `threads - 1` workers, merged in the parts' order; the namespace policy is applied to the whole afterwards
 * (judge.ts `decide`). A file that a part cannot be read of (a problem, the `yaml` path) is read again whole on
 * this thread, which reports what one thread reports. A worker that fails makes its file an error (fail closed:
 * none of its objects is judged), and the files after it are read on this thread.
 */
export function parallelReading(config: PodSecurityConfig, collector: CollectingSink, jobs: number | undefined, options: PoolOptions = {}): ParallelReading {
  let pool: PartPool | undefined;
  const one = (text: string, file: string, into: LoadedManifests) => void parseManifestText(text, file, into, undefined, { recordPositions: true, sink: collector.sink });
  return {
    async parseText(text, file, into) {
      const src = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
      const threads = threadCount(src.length, jobs);
      const script = threads > 1 && !pool?.failed ? (options.script ?? workerScript()) : undefined;
      if (!script) return one(text, file, into);
      const parts = splitStream(src, threads * PARTS_PER_THREAD);
      if (parts.length < 2) return one(text, file, into);
      pool ??= new PartPool(config, threads - 1, { ...options, script });
      let results: (PartResult | null)[];
      try {
        results = await pool.read(file, src, parts);
      } catch (e) {
        // an error of this thread's own reading is what one thread would throw (an internal error)
        if (!pool.failed) throw e;
        into.files.push(file);
        into.problems.push({ file, reason: `could not be judged: a worker thread failed (${pool.failed.message}); none of its objects was judged` });
        return;
      }
      if (results.some((r) => r === null)) return one(text, file, into);
      into.files.push(file);
      let documents = 0;
      for (const r of results as PartResult[]) {
        documents += r.documents;
        collector.append(r.collected);
        for (const p of r.passedOver) into.passedOver.push(p);
      }
      if (!documents) into.empty.push(file);
    },
    async close() {
      await pool?.close();
    },
    get alive() {
      return pool?.alive ?? 0;
    },
    get parts() {
      return { ...(pool?.parts ?? { workers: 0, here: 0 }) };
    },
  };
}
