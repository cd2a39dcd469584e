import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CORE_FORMATS, reporters } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the workspace's tools, without types
import { CORPUS, REPO, expectedFindings, formatScore, knownNoise, score } from '../../../tools/bench/secrets-precision.mjs';
import { runCheck } from '../src/engine.js';

const corpusFile = (f: string) => relative(CORPUS, join(REPO, f)).split(sep).join('/');

/** Random-looking runs on the lines that plant a credential (and in their base64-decoded values): what must never be printed. */
function plantedValues(): string[] {
  const out = new Set<string>();
  for (const entry of expectedFindings() as string[]) {
    const [, file, line] = /^(.*):(\d+) /.exec(entry)!;
    const text = readFileSync(join(CORPUS, file!), 'utf8').split('\n')[Number(line) - 1]!;
    const pieces = [text, ...(text.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []).map((b) => Buffer.from(b, 'base64').toString('utf8'))];
    for (const p of pieces) {
      for (const run of p.match(/[A-Za-z0-9+/_-]{12,}/g) ?? []) {
        if ((/[A-Z]/.test(run) && /[a-z]/.test(run) && /\d/.test(run)) || /^[0-9a-f]{32,}$/.test(run)) out.add(run);
      }
    }
  }
  return [...out];
}

describe('the secrets check on a corpus of real-world shapes', () => {
  it('reports every planted credential and no false positive but the known ones (precision and recall printed)', async () => {
    const report = await runCheck({ paths: [CORPUS], root: REPO, gitignore: false, allow: [] });
    const actual = report.results.flatMap((r) => r.findings).map((f) => `${corpusFile(f.location!.file)}:${f.location!.line} ${f.ruleId}`);
    const s = score(expectedFindings(), actual);
    console.log(formatScore(s, 'secrets corpus', knownNoise()));
    expect(s.fn).toEqual([]);
    expect(s.fp).toEqual(knownNoise()); // the known false positives, each marked and explained in the corpus
    // every corpus file declares itself a fixture: in a repository scan its findings are suppressed, with the reason
    expect(report.results[0]!.findings.every((f) => f.status === 'suppressed' && f.suppression?.source === 'fixture')).toBe(true);
  });

  it('never prints a planted value in any format', async () => {
    const report = await runCheck({ paths: [CORPUS], root: REPO, gitignore: false, allow: [] });
    const planted = plantedValues();
    expect(planted.length).toBeGreaterThan(15);
    for (const format of CORE_FORMATS) {
      const out = reporters[format](report, { root: REPO, verbose: true });
      for (const value of planted) expect(out.includes(value.slice(0, 10)), `${format} shows ${value.slice(0, 2)}…`).toBe(false);
    }
  });
});
