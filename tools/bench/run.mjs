#!/usr/bin/env node
// Runs every benchmark in tools/bench (each `*.mjs` but this one, one after the other, never in
// parallel) and prints one table of the medians they report, with the load average before and after.
//
//   node tools/bench/run.mjs [--only image-scan,secrets] [-- args passed to every benchmark, e.g. --runs 3]
//
// A benchmark reports a median on a line of its own output that contains the word "median", e.g.
// `score (flightcheck compliance)  : median   1234 ms` or `no ShellCheck: 1.2 s [1.1 s–1.3 s]` after a
// header saying "median". Exit code 1 when a benchmark fails (its table row says so), else 0.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const own = dash >= 0 ? argv.slice(0, dash) : argv;
const passed = dash >= 0 ? argv.slice(dash + 1) : [];
const only = own.includes('--only') ? own[own.indexOf('--only') + 1]?.split(',') : undefined;

/** `[label, median]` pairs from a benchmark's output. */
export function medians(stdout) {
  const rows = [];
  let headerSaysMedian = false;
  for (const raw of stdout.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const inline = /^(.*?)\s*:?\s*median\s+([\d.,]+\s*[a-zµ/%]*)/i.exec(line);
    if (inline) {
      rows.push([inline[1].replace(/[:\s]+$/, '') || 'median', inline[2].trim()]);
      continue;
    }
    if (/median/i.test(line)) {
      headerSaysMedian = true;
      continue;
    }
    const measured = headerSaysMedian && /^([^:]{2,60}):\s*([\d.,]+\s*(?:ms|s|µs|MB\/s|files\/s))\b/.exec(line);
    if (measured) rows.push([measured[1].trim(), measured[2].trim()]);
  }
  return rows;
}

function main() {
  const benches = readdirSync(here)
    .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs')
    .map((f) => f.replace(/\.mjs$/, ''))
    .filter((name) => !only || only.includes(name))
    .sort();
  const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
  const before = load();
  const table = [];
  let failed = false;
  for (const name of benches) {
    process.stderr.write(`bench: ${name} ${passed.join(' ')}\n`);
    const start = Date.now();
    const run = spawnSync(process.execPath, [join(here, `${name}.mjs`), ...passed], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 30 * 60_000 });
    const seconds = ((Date.now() - start) / 1000).toFixed(1);
    if (run.status !== 0) {
      failed = true;
      table.push([name, 'FAILED', `exit ${run.status ?? run.signal}: ${(run.stderr || run.stdout).trim().split('\n').pop() ?? ''}`.slice(0, 120), `${seconds} s`]);
      continue;
    }
    const rows = medians(run.stdout);
    if (!rows.length) table.push([name, '(no median reported)', '', `${seconds} s`]);
    rows.forEach(([label, value], i) => table.push([i === 0 ? name : '', label, value, i === 0 ? `${seconds} s` : '']));
  }
  const head = ['benchmark', 'measure', 'median', 'wall'];
  const widths = head.map((h, i) => Math.min(70, Math.max(h.length, ...table.map((r) => String(r[i]).length))));
  const fmt = (r) => r.map((c, i) => String(c).slice(0, widths[i]).padEnd(widths[i])).join('  ').trimEnd();
  console.log(fmt(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table) console.log(fmt(r));
  console.log(`load average (1, 5, 15 min): before ${before}, after ${load()}; ${process.version}`);
  return failed ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main());
