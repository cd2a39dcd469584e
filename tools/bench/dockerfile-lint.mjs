#!/usr/bin/env node
// Benchmark of `flightcheck dockerfile-lint` (built-in engine): 1,000 varied Dockerfiles in one call.
//   npx tsc -b tsconfig.build.json && node tools/bench/dockerfile-lint.mjs [--files 1000] [--runs 5]
// Reports the median wall time of one CLI call without ShellCheck, then with ShellCheck, and
// ShellCheck's share (the difference). Not a timed test: figures depend on the machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

const bases = ['debian:12', 'ubuntu:24.04', 'alpine:3.20', 'python:3.12-slim', 'node:20', 'debian', 'centos:7', 'fedora:40', 'golang:1.22', 'ruby:3.3'];
const runs = [
  'apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2 ca-certificates && rm -rf /var/lib/apt/lists/*',
  'apt-get update && apt-get install -y git wget | tee /tmp/log',
  'pip install --no-cache-dir requests==2.32.3 flask',
  'apk add --no-cache bash=5.2.26-r0 curl',
  'npm install -g typescript@5.6.2 && npm install express',
  'yum install -y httpd && yum clean all',
  'dnf install -y nginx-1.24.0 && dnf clean all',
  'cd /app && make build && make install',
  'curl -fsSL https://example.com/install.sh | sh',
  'wget https://example.com/a.tar.gz && tar -xzf a.tar.gz',
  'go install golang.org/x/tools/cmd/goimports@v0.24.0',
  'gem install rails -v 7.1.0',
  'useradd -u 1234567 app && chown -R app /app',
  'for f in /etc/*.conf; do echo $f; done',
  'if [ -f /x ]; then echo yes; else echo no; fi',
  'echo $HOME && ls `pwd`',
];

function dockerfile(i) {
  const pick = (arr, k) => arr[(i * 7 + k * 13) % arr.length];
  const lines = [`# generated ${i}`, `ARG VERSION=1.${i % 10}`, `FROM ${pick(bases, 0)} AS build${i % 3}`, 'WORKDIR /app'];
  for (let k = 0; k < 3 + (i % 6); k++) lines.push(`RUN ${pick(runs, k)}`);
  if (i % 4 === 0) lines.push('COPY a.tar.gz /tmp/', 'RUN tar -xf /tmp/a.tar.gz');
  if (i % 5 === 0) lines.push(`LABEL org.opencontainers.image.version="${i}" Maintainer=me`);
  if (i % 3 === 0) lines.push(`FROM ${pick(bases, 5)}`, `COPY --from=build${i % 3} /app /app`, 'USER root');
  if (i % 7 === 0) lines.push('# hadolint ignore=DL3003', 'RUN cd /tmp && ls', 'MAINTAINER someone');
  lines.push('EXPOSE 8080', 'HEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1', i % 2 ? 'CMD ["app"]' : 'CMD app --serve');
  return lines.join('\n') + '\n';
}

const dir = mkdtempSync(join(tmpdir(), 'bench-dockerfile-lint-'));
for (let i = 0; i < FILES; i++) {
  const d = join(dir, `svc-${i}`);
  mkdirSync(d);
  writeFileSync(join(d, 'Dockerfile'), dockerfile(i));
}

function time(extra) {
  const t = [];
  let findings = 0;
  for (let r = 0; r < RUNS; r++) {
    const started = process.hrtime.bigint();
    const p = spawnSync(process.execPath, [cli, 'dockerfile-lint', '--engine', 'builtin', '-f', 'hadolint-json', ...extra, dir], { encoding: 'utf8', maxBuffer: 256 << 20 });
    t.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (p.status !== 0 && p.status !== 1) throw new Error(`CLI failed (${p.status}): ${p.stderr}`);
    findings = JSON.parse(p.stdout).length;
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], min: t[0], max: t[t.length - 1], findings };
}

const noSc = time(['--no-shellcheck']);
const withSc = time([]);
rmSync(dir, { recursive: true, force: true });
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`dockerfile-lint: ${FILES} Dockerfiles, one CLI call, ${RUNS} runs each (median [min–max])`);
console.log(`  without ShellCheck: ${fmt(noSc.median)} [${fmt(noSc.min)}–${fmt(noSc.max)}], ${noSc.findings} findings, ${(noSc.median / FILES).toFixed(2)} ms/file`);
console.log(`  with ShellCheck:    ${fmt(withSc.median)} [${fmt(withSc.min)}–${fmt(withSc.max)}], ${withSc.findings} findings`);
console.log(`  ShellCheck share:   ${fmt(withSc.median - noSc.median)} (${((100 * (withSc.median - noSc.median)) / withSc.median).toFixed(0)}% of the call; ratio ${(withSc.median / noSc.median).toFixed(1)}x)`);
console.log(`  budget: under 2 s without ShellCheck: ${noSc.median < 2000 ? 'met' : 'NOT met'}`);
