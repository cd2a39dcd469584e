#!/usr/bin/env node
// Precision and recall of `flightcheck secrets` on a corpus of real-world shapes with planted credentials
// (packages/secrets/test/corpus: Helm-rendered charts, Compose and .env files, ConfigMaps with known_hosts and
// certificates, Airflow connection URIs, Secrets with data/stringData). Each expected finding is marked in the
// corpus with a comment `expect-secret: <rule-id>` at the end of its line, or on a comment line of its own just
// above it. Every finding the check reports counts, whatever its status (the corpus files carry the fixture
// marker, so in a repository scan they are suppressed).
//
//   node tools/bench/secrets-precision.mjs [--cli packages/cli/bin/flightcheck.js] [--corpus DIR] [--verbose]
//
// `--cli` runs another build (e.g. main's) over the same corpus to compare.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '..', '..');
export const CORPUS = join(REPO, 'packages', 'secrets', 'test', 'corpus');
const MARK = /expect-secret:\s*([a-z0-9-]+)/;
const NOISE = /expect-noise:\s*([a-z0-9-]+)/;
const OWN_LINE = /^\s*(?:#|\/\/)\s*expect-(?:secret|noise):/;

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * `file:line rule` of every finding the corpus expects (file relative to the corpus); with `mark` NOISE, of
 * every known false positive (`expect-noise: <rule>`, kept in the figures as a false positive).
 */
export function expectedFindings(dir = CORPUS, mark = MARK) {
  const out = [];
  for (const file of walk(dir).sort()) {
    const rel = relative(dir, file).split(sep).join('/');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const m = mark.exec(line);
      if (!m) return;
      let at = i;
      if (OWN_LINE.test(line)) while (at + 1 < lines.length && OWN_LINE.test(lines[at])) at++;
      out.push(`${rel}:${at + 1} ${m[1]}`);
    });
  }
  return out;
}

export function knownNoise(dir = CORPUS) {
  return expectedFindings(dir, NOISE);
}

/** Files scanned, true positives, false positives, false negatives, precision and recall. */
export function score(expected, actual) {
  const want = new Set(expected);
  const got = new Set(actual);
  const tp = [...got].filter((f) => want.has(f));
  const fp = [...got].filter((f) => !want.has(f)).sort();
  const fn = [...want].filter((f) => !got.has(f)).sort();
  return { tp: tp.length, fp, fn, precision: got.size ? tp.length / got.size : 1, recall: want.size ? tp.length / want.size : 1 };
}

/** One line per figure, and the misses and false alarms (locations and rules only: messages are redacted anyway). */
export function formatScore(s, label = 'secrets corpus', known = []) {
  const lines = [`${label}: ${s.tp} true positive(s), ${s.fp.length} false positive(s), ${s.fn.length} missed`, `  precision ${(100 * s.precision).toFixed(1)} %  recall ${(100 * s.recall).toFixed(1)} %`];
  for (const f of s.fp) lines.push(`  false positive${known.includes(f) ? ' (known)' : ''}: ${f}`);
  for (const f of s.fn) lines.push(`  missed: ${f}`);
  return lines.join('\n');
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, def) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : def);
  const cli = resolve(opt('cli', join(REPO, 'packages', 'cli', 'bin', 'flightcheck.js')));
  const corpus = resolve(opt('corpus', CORPUS));
  const run = spawnSync(process.execPath, [cli, 'secrets', corpus, '--format', 'json', '--no-gitignore'], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0 && run.status !== 1) {
    console.error(`flightcheck secrets exited ${run.status}: ${run.stderr.trim().split('\n').pop()}`);
    return 2;
  }
  const report = JSON.parse(run.stdout);
  const actual = report.results.flatMap((r) => r.findings).map((f) => `${relative(corpus, join(REPO, f.location.file)).split(sep).join('/')}:${f.location.line} ${f.ruleId}`);
  const files = walk(corpus).length;
  console.log(`${files} files, ${expectedFindings(corpus).length} planted credentials; ${relative(REPO, cli) || cli}`);
  console.log(formatScore(score(expectedFindings(corpus), actual), 'secrets corpus', knownNoise(corpus)));
  console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ${process.version}`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main());
