#!/usr/bin/env node
// Benchmark of the built-in scanner's OSV side: a generated database of 200,000 records (four all.zip
// dumps, as the per-ecosystem downloads come) loaded into the index, and an inventory of 2,000 packages
// matched against it. Each run is a fresh process (peak RSS is per process); medians are reported.
//
//   node tools/bench/image-scan.mjs [--records 200000] [--packages 2000] [--runs 5] [--db <dir>]
// --db keeps the generated database in <dir> (reused when it is there) instead of a temporary folder.
// Needs a build first: npx tsc -b tsconfig.build.json
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeZip } from '../../packages/image-scan/test/support/write-zip.mjs';

const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean).map((a) => a.trim().split(/\s+/)));
const RECORDS = Number(args.records ?? 200_000);
const PACKAGES = Number(args.packages ?? 2_000);
const RUNS = Number(args.runs ?? 5);
const self = fileURLToPath(import.meta.url);

const ECOS = ['Debian:12', 'PyPI', 'npm'];
const pkgName = (eco, i) => (eco === 'npm' ? `pkg-${i}` : eco === 'PyPI' ? `Py_Pkg.${i}` : `src${i}`);
const version = (eco, i, k) => (eco === 'Debian:12' ? `${1 + (k % 3)}.${i % 50}-${k % 7}+deb12u${k % 11}` : `${1 + (k % 3)}.${i % 50}.${k % 7}`);

function record(n) {
  const eco = ECOS[n % 3];
  const i = n % 5000; // 5,000 packages per ecosystem, ~13 records each
  const r = {
    id: `BENCH-${n}`,
    modified: '2026-01-01T00:00:00Z',
    aliases: [`CVE-2099-${100000 + n}`],
    summary: `generated record ${n}`,
    details: 'x'.repeat(400),
    severity: n % 4 ? [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:L/A:N' }] : [],
    affected: [{ package: { ecosystem: eco, name: pkgName(eco, i) }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: version(eco, i, n) }] }], versions: n % 5 ? [] : [version(eco, i, n + 1)] }],
    references: [{ type: 'ADVISORY', url: `https://example.org/advisory/${n}` }],
  };
  if (n % 97 === 0) r.withdrawn = '2026-01-01T00:00:00Z';
  return r;
}

function generate(dir) {
  const perZip = Math.ceil(RECORDS / 4);
  for (let z = 0; z < 4; z++) {
    const entries = function* () {
      for (let n = z * perZip; n < Math.min(RECORDS, (z + 1) * perZip); n++) yield { name: `BENCH-${n}.json`, data: JSON.stringify(record(n)) };
    };
    writeZip(join(dir, `part-${z}.zip`), entries());
  }
}

async function child(dir) {
  const scan = await import('../../packages/image-scan/dist/index.js');
  const inventory = { os: { id: 'debian', versionId: '12' }, problems: [], packages: [] };
  for (let k = 0; k < PACKAGES; k++) {
    const eco = ECOS[k % 3];
    const i = (k * 7) % 5000;
    const v = version(eco, i, k * 3);
    if (eco === 'Debian:12') inventory.packages.push({ ecosystem: 'Debian', name: `bin${i}`, version: v, source: { name: pkgName(eco, i), version: v }, path: '/var/lib/dpkg/status', purl: 'p' });
    else inventory.packages.push({ ecosystem: eco, name: pkgName(eco, i), version: v, path: '/x', purl: 'p' });
  }
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const db = await scan.loadOsvDatabase(dir);
  const t1 = performance.now();
  const out = scan.matchInventory(inventory, db.index);
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ load: t1 - t0, match: t2 - t1, records: db.index.size, withdrawn: db.index.withdrawn, findings: out.findings.length, checked: out.packagesChecked, rss: process.resourceUsage().maxRSS * 1024, cpu: (() => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; })() }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (process.argv.includes('--child')) {
  await child(process.argv[process.argv.indexOf('--child') + 1]);
} else {
  const keep = args.db;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'bench-osv-'));
  try {
    const g0 = performance.now();
    const reuse = keep && existsSync(join(dir, 'part-3.zip'));
    if (!reuse) {
      mkdirSync(dir, { recursive: true });
      generate(dir);
    }
    const size = ['0', '1', '2', '3'].reduce((s, z) => s + statSync(join(dir, `part-${z}.zip`)).size, 0);
    console.log(`${reuse ? 'reused' : 'generated'} ${RECORDS} records in 4 zips (${(size / 2 ** 20).toFixed(1)} MiB) in ${((performance.now() - g0) / 1000).toFixed(1)} s; inventory ${PACKAGES} packages; ${RUNS} runs`);
    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      const res = spawnSync(process.execPath, [self, '--child', dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (res.status !== 0) throw new Error(res.stderr);
      runs.push(JSON.parse(res.stdout));
    }
    const m = (k) => median(runs.map((x) => x[k]));
    const total = median(runs.map((x) => x.load + x.match));
    console.log(`index build (load ${runs[0].records} records, ${runs[0].withdrawn} withdrawn skipped): median ${(m('load') / 1000).toFixed(2)} s`);
    console.log(`matching (${runs[0].checked} packages, ${runs[0].findings} findings): median ${(m('match') / 1000).toFixed(3)} s`);
    console.log(`CPU time of index build + matching: median ${(m('cpu') / 1000).toFixed(2)} s (wall time is higher on a loaded machine: load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
    console.log(`total: median ${(total / 1000).toFixed(2)} s (budget 10 s, ratio ${(total / 10_000).toFixed(2)}); peak RSS median ${(m('rss') / 2 ** 20).toFixed(0)} MiB (budget 1024 MiB, ratio ${(m('rss') / 2 ** 30).toFixed(2)})`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
