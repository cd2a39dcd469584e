#!/usr/bin/env node
// Benchmark of `flightcheck secrets` (the built CLI): a tree of 10,000 files (~20 MB) of manifests, Dockerfiles,
// .env files and source, with a few planted fake secrets. Reports the median of several runs (target: under 3 s).
// Usage: node tools/bench/secrets.mjs [--files 10000] [--runs 5]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : def);
const FILES = opt('files', 10_000);
const RUNS = opt('runs', 5);
const cli = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'cli', 'bin', 'flightcheck.js');

// deterministic pseudo-random text so that runs are comparable
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const word = () => Math.floor(rnd() * 36 ** 6).toString(36);
const para = (bytes) => {
  let s = '';
  while (s.length < bytes) s += `${word()} ${word()} = ${word()}; // ${word()} ${word()}\n`;
  return s;
};
const manifest = (i) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: registry.local/app:${i}\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {name: db, key: password}\n            - name: MODE\n              value: "prod"\n${'# filler\n'.repeat(150)}`;
const planted = ['AWS_ACCESS_KEY_ID=' + ['AKIA', 'Q3ZL7RX2WB5NKT4M'].join(''), 'GITHUB_TOKEN=' + ['ghp', '_R8mK2xQ7vL9pZ4tN6wB1cY3hJ5dF0gS2aE7u'].join('')];

// CPU seconds used by finished children (from /proc/self/stat: cutime + cstime), to separate work from waiting
function childCpu() {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(f[13]) + Number(f[14])) / 100;
}

const root = mkdtempSync(join(tmpdir(), 'fc-bench-secrets-'));
try {
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    const dir = join(root, `d${i % 100}`, `s${i % 7}`);
    mkdirSync(dir, { recursive: true });
    const kind = i % 4;
    const [name, text] =
      kind === 0 ? [`m${i}.yaml`, manifest(i)] : kind === 1 ? [`Dockerfile.${i}`, `FROM debian\nENV HOME=/opt/app\n${para(1900)}`] : kind === 2 ? [`c${i}.env`, `MODE=prod\n${i % 500 === 2 ? `${planted[i % 2]}\n` : ''}${para(1900)}`] : [`s${i}.ts`, para(2000)];
    writeFileSync(join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  const times = [];
  const cpu = [];
  let findings = -1;
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    const before = childCpu();
    const run = spawnSync(process.execPath, [cli, 'secrets', root, '--format', 'json', '--no-gitignore'], { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    cpu.push(childCpu() - before);
    if (run.status !== 1) throw new Error(`expected exit 1 (planted secrets), got ${run.status}: ${run.stderr}`);
    findings = JSON.parse(run.stdout).results[0].findings.length;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`secrets: ${FILES} files, ${(bytes / 1e6).toFixed(1)} MB, ${findings} findings (planted), ${RUNS} runs`);
  console.log(`  median ${median.toFixed(2)} s  min ${times[0].toFixed(2)} s  max ${times.at(-1).toFixed(2)} s  ${(bytes / 1e6 / median).toFixed(1)} MB/s  target < 3 s: ${median < 3 ? 'met' : 'MISSED'}`);
  console.log(`  CPU (user+sys) median ${cpu[Math.floor(cpu.length / 2)].toFixed(2)} s — wall time depends on the machine's load (load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
