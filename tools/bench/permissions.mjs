#!/usr/bin/env node
// Benchmark of the static permissions check on a generated 1 GB image archive (docker save format,
// 5 layers, ~20 000 files, a few large files). Each run is a fresh process so peak RSS is its own.
//   node tools/bench/permissions.mjs [--size-mb 1024] [--runs 5]
// Needs the packages built: npx tsc -b tsconfig.build.json
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minimist } from 'zx';

const argv = minimist(process.argv.slice(2));
const root = fileURLToPath(new URL('../..', import.meta.url));

if (argv.child) {
  const { checkArchive, DEFAULT_OPTIONS } = await import(join(root, 'packages/permissions/dist/index.js'));
  const t0 = performance.now();
  const result = await checkArchive(argv.child, 'bench', DEFAULT_OPTIONS);
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, findings: result.findings.length, maxRssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
}

const sizeMb = Number(argv['size-mb'] ?? 1024);
const runs = Number(argv.runs ?? 5);
const { writeImageArchive } = await import(join(root, 'packages/oci/dist/testing.js'));
const dir = mkdtempSync(join(tmpdir(), 'fc-bench-perm-'));
try {
  const file = join(dir, 'image.tar');
  const layers = [];
  const bigPerLayer = Math.floor((sizeMb << 20) / 5 / 4);
  for (let l = 0; l < 5; l++) {
    const entries = [{ path: `opt/l${l}`, type: 'dir', uid: 50000, gid: 50000 }];
    for (let i = 0; i < 4000; i++) entries.push({ path: `opt/l${l}/d${i % 50}/f${i}.py`, content: `x = ${i}\n`, mode: 0o644 });
    for (let b = 0; b < 4; b++) entries.push({ path: `opt/l${l}/big${b}.bin`, size: bigPerLayer });
    layers.push({ entries });
  }
  layers[0].entries.push({ path: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\nairflow:x:50000:50000::/opt/airflow:/usr/sbin/nologin\n' }, { path: 'opt/airflow', type: 'dir', uid: 50000, gid: 50000 }, { path: 'opt/airflow/.local', type: 'dir', uid: 50000, gid: 50000 });
  const t0 = performance.now();
  await writeImageArchive(file, { layers, user: '50000:50000' });
  const size = statSync(file).size;
  console.log(`archive: ${(size / 2 ** 20).toFixed(0)} MiB, 5 layers, ${layers.reduce((n, l) => n + l.entries.length, 0)} entries (generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    samples.push(JSON.parse(r.stdout));
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ms = med(samples.map((s) => s.ms));
  const rss = Math.max(...samples.map((s) => s.maxRssKb)) / 1024;
  console.log(`static check: median ${(ms / 1000).toFixed(2)} s over ${runs} runs (${samples.map((s) => (s.ms / 1000).toFixed(2)).join(', ')}), ${(size / 2 ** 20 / (ms / 1000)).toFixed(0)} MiB/s`);
  console.log(`peak RSS: ${rss.toFixed(0)} MiB (max over runs); findings: ${samples[0].findings}`);
  console.log(`budget: < 10 s and < 300 MiB -> ${ms < 10_000 && rss < 300 ? 'OK' : 'OVER'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
