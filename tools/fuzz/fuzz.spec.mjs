// Every fuzz target, bounded for CI (FUZZ_SECONDS each, default 2), and every recorded failing input replayed.
// At length: node tools/fuzz/run.mjs --seconds N [--target t].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTarget, regressions, runTarget, TARGET_NAMES } from './lib.mjs';
import { debianVersion } from './targets/dpkg.mjs';
import { dpkgCompare, libdpkgCompare, libdpkgHelper } from './oracles.mjs';

const SECONDS = Number(process.env.FUZZ_SECONDS ?? 2);

describe('fuzz targets', () => {
  for (const name of TARGET_NAMES) {
    describe(name, async () => {
      const target = await loadTarget(name);
      const fixtures = regressions(name);
      it.skipIf(!fixtures.length)(`replays its ${fixtures.length} recorded failing input(s)`, async () => {
        for (const f of fixtures) await expect(Promise.resolve().then(() => target.check(f.input)), f.file).resolves.toBeUndefined();
      }, 120_000);
      it(`holds for ${SECONDS} s of generated inputs: ${target.about}`, async () => {
        const r = await runTarget(target, { seconds: SECONDS });
        expect(r.failed ? `${r.error}\ncounterexample: ${JSON.stringify(r.counterexample)?.slice(0, 2000)}` : undefined).toBeUndefined();
        expect(r.inputs).toBeGreaterThan(0);
      }, 60_000 + SECONDS * 3000);
    });
  }
});

describe('the libdpkg oracle is dpkg', () => {
  it('agrees with dpkg --compare-versions on a sample of pairs', async () => {
    // in CI both must be there (libdpkg-dev, gcc, dpkg): the differential never skips there
    if (!(await libdpkgHelper()) && !process.env.CI) return;
    const pairs = fc.sample(fc.tuple(debianVersion(fc), debianVersion(fc)), { numRuns: 60, seed: 42 });
    const [lib, bin] = await Promise.all([libdpkgCompare(pairs), dpkgCompare(pairs)]);
    expect(lib.map((r) => r.order)).toEqual(bin.map((r) => r.order));
  }, 120_000);
});

describe('a target can fail', () => {
  it('a broken comparison is caught by the dpkg differential and shrunk to a small input', async () => {
    const dpkg = await loadTarget('dpkg');
    const broken = { ...dpkg, name: 'broken', async check(pairs) {
      // plain string order instead of dpkg's: wrong for 10 vs 9, ~ and letters
      const ref = await (await import('./oracles.mjs')).debianReference(pairs);
      pairs.forEach(([a, b], i) => {
        const ours = a < b ? -1 : a > b ? 1 : 0;
        if (ours !== ref[i].order) throw new Error(`${a} vs ${b}`);
      });
    } };
    const r = await runTarget(broken, { runs: 30, seed: 1 });
    expect(r.failed).toBe(true);
    expect(r.counterexample.length).toBeLessThanOrEqual(3);
  }, 120_000);
});
