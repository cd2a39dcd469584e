// The fuzz targets and the loop that runs them (tools/fuzz/run.mjs at length, fuzz.spec.mjs bounded in CI).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const REGRESSIONS = join(HERE, 'regressions');
export const TARGET_NAMES = ['dpkg', 'dpkg-syntax', 'pep440', 'shell', 'dockerfile', 'reporters', 'oci-paths', 'oci-archive', 'osv-record', 'trivy', 'cosign', 'zip', 'yaml'];

export async function loadTarget(name) {
  return (await import(`./targets/${name}.mjs`)).default;
}

/** The failing inputs recorded for a target (each a JSON file replayed by fuzz.spec.mjs). */
export function regressions(name) {
  const dir = join(REGRESSIONS, name);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: join(dir, f), ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

export function recordRegression(name, input, error, seed) {
  const text = JSON.stringify(input);
  const id = createHash('sha256').update(text).digest('hex').slice(0, 12);
  const dir = join(REGRESSIONS, name);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${id}.json`);
  writeFileSync(file, JSON.stringify({ target: name, found: new Date().toISOString().slice(0, 10), seed, error: String(error?.message ?? error).slice(0, 500), input }, null, 2) + '\n');
  return file;
}

/**
 * Runs one target for `seconds` (or `runs` inputs): resolves to executions (elementary checks: pairs for the
 * differentials), inputs, time and the failure (shrunk) if one was found. `record` writes the failure as a fixture.
 */
export async function runTarget(target, { seconds = 5, runs, seed, record = false } = {}) {
  let executions = 0;
  const started = Date.now();
  const property = fc.asyncProperty(target.arbitrary(fc), async (input) => {
    executions += target.weight ? target.weight(input) : 1;
    await target.check(input);
  });
  const out = await fc.check(property, {
    numRuns: runs ?? 1_000_000_000,
    ...(runs ? {} : { interruptAfterTimeLimit: seconds * 1000 }),
    ...(seed !== undefined ? { seed } : {}),
    markInterruptAsFailure: false,
  });
  const result = { target: target.name, executions, inputs: out.numRuns, ms: Date.now() - started, seed: out.seed, failed: out.failed };
  if (out.failed) {
    result.counterexample = out.counterexample?.[0];
    result.error = String(out.errorInstance?.message ?? out.error ?? (out.interrupted ? 'interrupted' : `failed after ${out.numRuns} runs, ${out.numSkips} skipped (filtered out)`)).split('\n')[0];
    if (record && result.counterexample !== undefined) result.fixture = recordRegression(target.name, result.counterexample, result.error, out.seed);
  }
  return result;
}
