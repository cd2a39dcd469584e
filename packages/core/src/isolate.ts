import { FlightcheckError, ToolFailedError, ToolLimitError, ToolOutputTooLargeError, ToolTimeoutError } from './errors.js';

/** One input given up: the error of the smallest batch that held it, and whether the retry budget ran out first. */
export interface IsolatedFailure<T> {
  item: T;
  error: unknown;
  /** True when the item was given up with the rest of its batch because the retry budget was spent. */
  budgetSpent: boolean;
}

export interface Isolated<T, R> {
  /** The run over `kept`, all together; undefined when no input could be run. */
  result?: R;
  kept: T[];
  failed: IsolatedFailure<T>[];
  /** Runs made in all (the first, the retries, the last over `kept`). */
  runs: number;
}

export interface IsolateOptions {
  /** Errors that the inputs cause (a bound hit, the tool failing on them): the batch is split. Anything else is thrown. */
  isolable?: (e: unknown) => boolean;
  /** A failed batch is split in this many parts (default 8). */
  split?: number;
  /** Runs allowed in all, the first included (default 64): past it, the inputs of failed batches are given up together. */
  maxRuns?: number;
}

/** A tool that hit a bound or failed on its input: ToolTimeoutError, ToolLimitError, ToolOutputTooLargeError, ToolFailedError. */
export function isToolInputFailure(e: unknown): boolean {
  return e instanceof ToolTimeoutError || e instanceof ToolLimitError || e instanceof ToolOutputTooLargeError || e instanceof ToolFailedError;
}

/** The reason an input was given up, for a result's error: the error's own message, and the budget when it ran out. */
export function describeIsolatedFailure(f: IsolatedFailure<unknown>, maxRuns = 64): string {
  const e = f.error;
  const why = e instanceof FlightcheckError || e instanceof Error ? e.message : String(e);
  return f.budgetSpent ? `${why} (in a batch that was not split further: the retry budget of ${maxRuns} runs was spent)` : why;
}

/**
 * Runs an external tool over many inputs at once, so that one input cannot take the others down with it: when the
 * run fails because of its input (a bound hit, a crash, output that cannot be read), the inputs are split and each
 * part retried, down to single inputs, until the ones that fail alone are known. Those are given up (each with its
 * error: the caller reports it on that input and fails closed for it only); the rest run once more, all together,
 * so that a tool that relates its inputs to each other (kube-score's selectors) still sees every one of them.
 * Retries are bounded by `maxRuns`. An error that is not the input's (`isolable` false: a missing tool) is thrown.
 */
export async function isolateFailures<T, R>(items: readonly T[], run: (batch: T[]) => Promise<R>, opts: IsolateOptions = {}): Promise<Isolated<T, R>> {
  const isolable = opts.isolable ?? isToolInputFailure;
  const split = Math.max(2, opts.split ?? 8);
  const maxRuns = Math.max(1, opts.maxRuns ?? 64);
  let runs = 0;
  const attempt = async (idx: number[]): Promise<{ ok: true; value: R } | { ok: false; error: unknown }> => {
    runs++;
    try {
      return { ok: true, value: await run(idx.map((i) => items[i]!)) };
    } catch (e) {
      if (!isolable(e)) throw e;
      return { ok: false, error: e };
    }
  };
  const all = items.map((_, i) => i);
  const first = await attempt(all);
  if (first.ok) return { result: first.value, kept: [...items], failed: [], runs };
  const failed = new Map<number, IsolatedFailure<T>>();
  const give = (idx: number[], error: unknown, budgetSpent: boolean) => {
    for (const i of idx) failed.set(i, { item: items[i]!, error, budgetSpent });
  };
  // breadth first: every part of a level is tried before any is split further
  let level: { idx: number[]; error: unknown }[] = [{ idx: all, error: first.error }];
  while (level.length) {
    const next: typeof level = [];
    for (const { idx, error } of level) {
      if (idx.length === 1) {
        give(idx, error, false);
        continue;
      }
      const size = Math.ceil(idx.length / split);
      for (let k = 0; k < idx.length; k += size) {
        const part = idx.slice(k, k + size);
        // keep one run for the inputs that pass, all together
        if (runs + 1 >= maxRuns) {
          give(part, error, true);
          continue;
        }
        const r = await attempt(part);
        if (!r.ok) next.push({ idx: part, error: r.error });
      }
    }
    level = next;
  }
  const keptIdx = all.filter((i) => !failed.has(i));
  const out = (result?: R): Isolated<T, R> => ({ ...(result !== undefined ? { result } : {}), kept: keptIdx.map((i) => items[i]!), failed: all.filter((i) => failed.has(i)).map((i) => failed.get(i)!), runs });
  if (!keptIdx.length) return out();
  const last = await attempt(keptIdx);
  if (last.ok) return out(last.value);
  // they pass apart but not together: every one of them is given up with that reason
  give(keptIdx, last.error, false);
  keptIdx.length = 0;
  return out();
}
