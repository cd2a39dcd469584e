import { describe, expect, it } from 'vitest';
import { describeIsolatedFailure, findTool, isolateFailures, isToolInputFailure, runTool, ToolFailedError, ToolNotFoundError, ToolTimeoutError } from '@flightcheck/core';

/** A batch "tool" that fails when it holds any of `bad` (and records each batch it was given). */
function tool(bad: Set<string>, seen: string[][] = []) {
  return async (batch: string[]) => {
    seen.push(batch);
    const culprit = batch.find((b) => bad.has(b));
    if (culprit) throw new ToolFailedError('t', 1, `cannot read ${culprit}`);
    return batch.join(',');
  };
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `f${i}`);

describe('isolateFailures', () => {
  it('runs every input at once when that succeeds', async () => {
    const seen: string[][] = [];
    const r = await isolateFailures(names(5), tool(new Set(), seen));
    expect(r).toEqual({ result: 'f0,f1,f2,f3,f4', kept: names(5), failed: [], runs: 1 });
    expect(seen).toHaveLength(1);
  });

  it('gives up only the inputs that fail alone; the others run once more, all together, in their order', async () => {
    const seen: string[][] = [];
    const r = await isolateFailures(names(100), tool(new Set(['f13', 'f77']), seen));
    expect(r.failed.map((f) => f.item)).toEqual(['f13', 'f77']);
    expect(r.failed.every((f) => !f.budgetSpent && describeIsolatedFailure(f).includes(`cannot read ${f.item}`))).toBe(true);
    expect(r.kept).toEqual(names(100).filter((n) => n !== 'f13' && n !== 'f77'));
    expect(r.result).toBe(r.kept.join(','));
    // the last run is the kept inputs together
    expect(seen.at(-1)).toEqual(r.kept);
    // 1 + 8 parts of 13 + 2 × 7 parts of 2 + 2 × 2 singles + the last: far fewer than one run per input
    expect(r.runs).toBe(seen.length);
    expect(r.runs).toBeLessThan(40);
  });

  it('a single input that fails is given up after one run', async () => {
    const r = await isolateFailures(['only'], tool(new Set(['only'])));
    expect(r).toMatchObject({ kept: [], runs: 1, failed: [{ item: 'only', budgetSpent: false }] });
    expect(r.result).toBeUndefined();
  });

  it('spends at most maxRuns; what is still unresolved is given up with the budget said', async () => {
    const bad = new Set(names(100).filter((_, i) => i % 3 === 0));
    const seen: string[][] = [];
    const r = await isolateFailures(names(100), tool(bad, seen), { maxRuns: 10 });
    expect(seen.length).toBeLessThanOrEqual(10);
    // nothing bad is ever kept, and the kept inputs still ran together
    expect(r.kept.some((k) => bad.has(k))).toBe(false);
    expect(r.failed.length + r.kept.length).toBe(100);
    const spent = r.failed.find((f) => f.budgetSpent)!;
    expect(describeIsolatedFailure(spent, 10)).toMatch(/retry budget of 10 runs was spent/);
  });

  it('inputs that pass apart but fail together are all given up', async () => {
    const pairFails = async (batch: string[]) => {
      if (batch.includes('a') && batch.includes('b')) throw new ToolFailedError('t', 1, 'a and b together');
      return batch.length;
    };
    const r = await isolateFailures(['a', 'b'], pairFails);
    expect(r.failed.map((f) => f.item)).toEqual(['a', 'b']);
    expect(r.kept).toEqual([]);
  });

  it('throws an error that is not the input’s (a missing tool) at once', async () => {
    let runs = 0;
    const missing = async () => {
      runs++;
      throw new ToolNotFoundError('t', 'install t');
    };
    await expect(isolateFailures(names(10), missing)).rejects.toThrow(ToolNotFoundError);
    expect(runs).toBe(1);
    expect(isToolInputFailure(new ToolNotFoundError('t', ''))).toBe(false);
    expect(isToolInputFailure(new ToolTimeoutError('t', 1000))).toBe(true);
  });

  it('with a real process: the input that hangs past its wall timeout is the one given up', async () => {
    const sh = await findTool({ name: 'sh', installHint: '' });
    // a "tool" over many inputs that never ends when one of them is "hang"
    const script = 'for a in "$@"; do if [ "$a" = hang ]; then sleep 60; fi; done; echo "$@"';
    const inputs = ['a', 'b', 'hang', 'c', 'd'];
    const r = await isolateFailures(inputs, async (batch) => (await runTool(sh, ['-c', script, 'sh', ...batch], { timeoutMs: 1500 })).stdout.trim());
    expect(r.failed.map((f) => [f.item, (f.error as Error).name])).toEqual([['hang', 'ToolTimeoutError']]);
    expect(r.result).toBe('a b c d');
  }, 30_000);
});
