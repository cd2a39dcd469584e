#!/usr/bin/env node
// Benchmark of `flightcheck dockerfile-lint` (built-in engine): 1,000 varied Dockerfiles in one CLI call.
//   npx tsc -b tsconfig.build.json && node tools/bench/dockerfile-lint.mjs [--files 1000] [--runs 5] [--jobs N] [--shellcheck] [--keep]
// --jobs N passes `--jobs N` (threads: this one + N-1 workers) to the 1,000-file calls; default: the CLI's default.
// The Dockerfiles are generated from a fixed seed; their RUN scripts are (almost all) distinct, so a cache of
// shell parses keyed by RUN text cannot carry the figure. Reports, as medians of --runs calls:
//   - CLI startup (`flightcheck --help`, and `dockerfile-lint` on one small Dockerfile),
//   - the 1,000-file call without ShellCheck, its ratio to the 2 s target, ms per file and per RUN,
//   - with --shellcheck: the same call with ShellCheck and ShellCheck's share.
// Not a timed test: figures depend on the machine and its load (printed).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(repo, 'packages/cli/bin/flightcheck.js');
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const FILES = arg('--files', 1000);
const RUNS = arg('--runs', 5);
const WITH_SHELLCHECK = process.argv.includes('--shellcheck');
const JOBS = arg('--jobs', undefined);
const TARGET_MS = 2000;

// --- deterministic generator (mulberry32) ---
let seed = 0x5eed1234;
function rnd() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(rnd() * n);
const pick = (arr) => arr[int(arr.length)];
const chance = (p) => rnd() < p;

const SYL = ['lib', 'ssl', 'curl', 'xml', 'py', 'zlib', 'dev', 'core', 'utils', 'net', 'gtk', 'jpeg', 'png', 'yaml', 'json', 'http', 'tls', 'db', 'sql', 'ftp', 'ncurses', 'readline', 'ffi', 'bz2', 'lz4'];
const pkgName = () => `${pick(SYL)}${pick(['', '-', ''])}${pick(SYL)}${chance(0.4) ? int(40) : ''}`;
const version = () => `${int(9)}.${int(30)}.${int(20)}${chance(0.3) ? `-${int(5)}` : ''}`;
const pkgs = (n, fmt) => Array.from({ length: n }, () => fmt(pkgName())).join(' ');
const path = () => `/${pick(['opt', 'usr/local', 'srv', 'app', 'var/lib', 'etc'])}/${pkgName()}`;
const url = () => `https://${pick(['example.com', 'example.org', 'downloads.example.net'])}/${pkgName()}/${version()}/${pkgName()}.tar.gz`;

const installers = [
  () => `apt-get update && apt-get install -y ${pick(['--no-install-recommends ', '', '-q '])}${pkgs(1 + int(5), (p) => (chance(0.5) ? `${p}=${version()}` : p))}${chance(0.6) ? ' && rm -rf /var/lib/apt/lists/*' : ''}`,
  () => `apk add ${pick(['--no-cache ', '', '--update '])}${pkgs(1 + int(5), (p) => (chance(0.5) ? `${p}=${version()}-r${int(4)}` : p))}`,
  () => `pip install ${pick(['--no-cache-dir ', '', '--user ', '-q '])}${pkgs(1 + int(4), (p) => (chance(0.6) ? `${p}==${version()}` : p))}`,
  () => `npm install ${pick(['-g ', '', '--production '])}${pkgs(1 + int(4), (p) => (chance(0.5) ? `${p}@${version()}` : p))}`,
  () => `yum install -y ${pkgs(1 + int(4), (p) => (chance(0.5) ? `${p}-${version()}` : p))}${chance(0.5) ? ' && yum clean all' : ''}`,
  () => `dnf install -y ${pkgs(1 + int(4), (p) => p)}${chance(0.5) ? ' && dnf clean all' : ''}`,
  () => `gem install ${pkgName()}${chance(0.5) ? ` -v ${version()}` : ''}`,
  () => `go install example.com/${pkgName()}/cmd/${pkgName()}@v${version()}`,
  () => `zypper install -y ${pkgs(1 + int(3), (p) => p)}`,
];
const others = [
  () => `curl -fsSL ${url()} | tar -xz -C ${path()}`,
  () => `wget -q ${url()} -O /tmp/${pkgName()}.tgz`,
  () => `cd ${path()} && make -j${1 + int(8)} && make install`,
  () => `(cd ${path()} && ./configure --prefix=${path()} ${chance(0.5) ? '--enable-' + pkgName() : ''})`,
  () => `echo "${pkgName()} $(date +%s) \${${pick(['HOME', 'PATH', 'VERSION', 'TARGETARCH'])}}" > ${path()}/${pkgName()}.txt`,
  () => `useradd -u ${1000 + int(100000)} -m ${pkgName()} && chown -R ${pkgName()}:${pkgName()} ${path()}`,
  () => `for f in ${path()}/*.${pick(['conf', 'sh', 'py'])}; do sed -i 's/${pkgName()}/${pkgName()}/g' "$f"; done`,
  () => `if [ -f ${path()} ]; then echo '${pkgName()}'; else mkdir -p ${path()}; fi`,
  () => `test -d ${path()} || mkdir -p ${path()}; ln -sf ${path()} ${path()}`,
  () => `grep -v '^#' ${path()}/${pkgName()}.list | sort -u | xargs -r ${pick(['apt-get install -y', 'rm -f', 'echo'])}`,
  () => `export ${pick(['PATH', 'GOPATH', 'LANG'])}=${path()}:\$${pick(['PATH', 'HOME'])} && ${pkgName()} --version`,
  () => `chmod ${pick(['755', '+x', '0644', 'u+rw'])} ${path()}/${pkgName()}`,
  () => `tar -xzf /tmp/${pkgName()}-${version()}.tar.gz -C ${path()} && rm /tmp/${pkgName()}-${version()}.tar.gz`,
  () => `python3 -c 'import ${pkgName().replace(/[^a-z]/g, '')}; print(${int(1000)})' || true`,
  () => `sudo ${pkgName()} --${pkgName()}=${int(100)}`,
  () => `${pkgName()} <<< "${pkgName()} ${int(100)}" > /dev/null 2>&1`,
];

function runScript() {
  const parts = [];
  const n = 1 + int(4);
  for (let k = 0; k < n; k++) parts.push(chance(0.45) ? pick(installers)() : pick(others)());
  let out = parts[0];
  for (let k = 1; k < parts.length; k++) {
    const sep = pick([' && ', ' && ', ' && \\\n    ', '; ', ' || ', ' && \\\n    ']);
    out += sep + parts[k];
  }
  return out;
}

const bases = ['debian:12', 'ubuntu:24.04', 'alpine:3.20', 'python:3.12-slim', 'node:20', 'debian', 'centos:7', 'fedora:40', 'golang:1.22', 'ruby:3.3', 'registry.example.com/base/app:1.2.3', 'ubuntu:latest'];
const runTexts = [];
function dockerfile(i) {
  const lines = [`# generated ${i}`, `ARG VERSION=1.${int(10)}`, `FROM ${pick(bases)} AS build${i % 3}`, `WORKDIR ${path()}`];
  if (chance(0.3)) lines.push('SHELL ["/bin/bash", "-o", "pipefail", "-c"]');
  const nRuns = 2 + int(7);
  for (let k = 0; k < nRuns; k++) {
    const s = runScript();
    runTexts.push(s);
    lines.push(`RUN ${s}`);
    if (chance(0.2)) lines.push(`ENV ${pkgName().toUpperCase().replace(/[^A-Z0-9]/g, '_')}=${version()}`);
  }
  if (chance(0.25)) lines.push(`COPY ${pkgName()}.tar.gz /tmp/`, `ADD ${url()} /tmp/`);
  if (chance(0.2)) lines.push(`LABEL org.opencontainers.image.version="${version()}" maintainer=${pkgName()}`);
  if (chance(0.3)) lines.push(`FROM ${pick(bases)}`, `COPY --from=build${i % 3} /app /app`, pick(['USER root', 'USER app', `USER ${1000 + int(50)}`]));
  if (chance(0.15)) lines.push('# hadolint ignore=DL3003', `RUN cd ${path()} && ls`, 'MAINTAINER someone');
  lines.push(`EXPOSE ${1024 + int(60000)}`, 'HEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1', chance(0.5) ? `CMD ["${pkgName()}"]` : `CMD ${pkgName()} --serve`);
  return lines.join('\n') + '\n';
}

const KEEP = process.argv.includes('--keep'); // keep the generated Dockerfiles (e.g. to profile a call on them)
const dir = mkdtempSync(join(tmpdir(), 'bench-dockerfile-lint-'));
for (let i = 0; i < FILES; i++) {
  const d = join(dir, `svc-${i}`);
  mkdirSync(d);
  writeFileSync(join(d, 'Dockerfile'), dockerfile(i));
}
const one = join(dir, 'svc-0', 'Dockerfile');

function time(argv, okCodes = [0, 1]) {
  const t = [];
  let out = '';
  for (let r = 0; r < RUNS; r++) {
    const started = process.hrtime.bigint();
    const p = spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8', maxBuffer: 256 << 20 });
    t.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (!okCodes.includes(p.status)) throw new Error(`CLI failed (${p.status}): ${p.stderr}`);
    out = p.stdout;
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], min: t[0], max: t[t.length - 1], out };
}

const lint = (extra, target) => ['dockerfile-lint', '--engine', 'builtin', '-f', 'hadolint-json', ...extra, target];
const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
const loadBefore = load();
const help = time(['--help'], [0]);
const small = time(lint(['--no-shellcheck'], one));
const jobs = JOBS === undefined ? [] : ['--jobs', String(JOBS)];
const noSc = time(lint(['--no-shellcheck', ...jobs], dir));
const withSc = WITH_SHELLCHECK ? time(lint(jobs, dir)) : undefined;
const loadAfter = load();
if (KEEP) console.log(`Dockerfiles kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });

const distinct = new Set(runTexts).size;
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const range = (x) => `${fmt(x.median)} [${fmt(x.min)}–${fmt(x.max)}]`;
console.log(`dockerfile-lint: ${FILES} Dockerfiles, ${runTexts.length} RUN instructions (${distinct} distinct scripts), median [min–max] of ${RUNS} runs`);
console.log(`  load average (1, 5, 15 min): before ${loadBefore}; after ${loadAfter}; ${process.version}`);
console.log(`  CLI startup: flightcheck --help ${range(help)}; dockerfile-lint on 1 file ${range(small)}`);
console.log(
  `  ${FILES} files without ShellCheck${JOBS === undefined ? '' : ` (--jobs ${JOBS})`}: ${range(noSc)}, ${JSON.parse(noSc.out).length} findings, ` +
    `${(noSc.median / FILES).toFixed(2)} ms/file, ${((noSc.median - small.median) / runTexts.length).toFixed(3)} ms/RUN beyond the 1-file call`,
);
console.log(`  target < ${fmt(TARGET_MS)}: ratio ${(noSc.median / TARGET_MS).toFixed(2)} of the target (${noSc.median < TARGET_MS ? 'met' : 'NOT met'})`);
if (withSc) {
  console.log(`  with ShellCheck: ${range(withSc)}, ${JSON.parse(withSc.out).length} findings; ShellCheck share ${fmt(withSc.median - noSc.median)}`);
}
