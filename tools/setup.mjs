#!/usr/bin/env node
// Prepares a machine for flightcheck's gate and integration tests. Idempotent: a second run
// finds everything in place and takes a few seconds.
//
//   node tools/setup.mjs [--only docker,shellcheck,fuzz,base-image,cosign,registry] [--force]
//   node tools/setup.mjs serve-registry [--port 5000]      a local registry in the foreground
//
// Parts (side by side, each after the parts it needs):
//   docker      the engine answers `docker info` (installs docker.io, starts dockerd detached)
//   shellcheck  Debian's shellcheck is installed
//   fuzz        util-linux (prlimit, setpriv: every tool runs bounded), python3-packaging and libdpkg-dev,
//               gcc, pkg-config (the PEP 440 and dpkg differentials of tools/fuzz)
//   base-image  flightcheck/python-base:bookworm (+ flightcheck/python:3.11-slim-bookworm),
//               built offline with debootstrap from the machine's Debian mirror
//   cosign      <cache>/bin/cosign from Debian trixie through a private apt list
//   registry    Debian's docker-registry is installed and a throw-away one starts and stops
//   archive-tools   xz-utils, gpgv and debian-archive-keyring (image-scan's debian-archive engine)
//   local-registry  the local profile's registry on 127.0.0.1 (FLIGHTCHECK_REGISTRY_PORT, default 5555),
//               started detached with storage in <cache>/registry, reused while it answers
//   signing-key the local profile's cosign key pair in <cache>/signing (owner-only), made on first use
// --force rebuilds the base image root file system (from cached .debs) and re-fetches cosign.
// Exit code 0 when every part is ready, 1 with the reason otherwise, 2 on a usage error.
// Environment: see tools/lib/README.md.
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ensureBaseImage } from './lib/base-image.mjs';
import { ensureCosign } from './lib/cosign.mjs';
import { ensureDocker } from './lib/docker.mjs';
import { done, fail, since, step } from './lib/log.mjs';
import { binDir, cacheDir } from './lib/paths.mjs';
import { ensureRegistry, startRegistry } from './lib/registry.mjs';
import { ensureShellcheck } from './lib/shellcheck.mjs';
import { aptInstall } from './lib/apt.mjs';
import { ensureLocalKey, ensureLocalRegistry } from './lib/local-release.mjs';
import { ensureHostileTools } from './lib/hostile.mjs';

const PARTS = {
  docker: () => ensureDocker(),
  shellcheck: () => ensureShellcheck(),
  fuzz: () => ensureHostileTools(),
  'base-image': (options) => ensureBaseImage(options),
  cosign: (options) => ensureCosign(options),
  registry: () => ensureRegistry(),
  // image-scan's debian-archive engine: xz for the indices, gpgv and Debian's keyring for InRelease
  'archive-tools': async () => {
    const installed = await aptInstall('archive-tools', ['xz-utils', 'gpgv', 'debian-archive-keyring']);
    done('archive-tools', installed.length ? `installed ${installed.join(', ')}` : 'xz-utils, gpgv and debian-archive-keyring already there');
  },
  // network-policy's HTML report is tested in a real headless browser
  chromium: async () => {
    const installed = await aptInstall('chromium', ['chromium']);
    done('chromium', installed.length ? `installed ${installed.join(', ')}` : 'chromium already there');
  },
  'local-registry': () => ensureLocalRegistry(),
  'signing-key': () => ensureLocalKey(),
};
const NEEDS = { 'base-image': ['docker'], 'local-registry': ['registry'], 'signing-key': ['cosign'] };

const USAGE = `usage: node tools/setup.mjs [--only ${Object.keys(PARTS).join(',')}] [--force]
       node tools/setup.mjs serve-registry [--port 5000]`;

function usageError(message) {
  console.error(`setup: ${message}\n${USAGE}`);
  process.exit(2);
}

function selectParts(only) {
  if (!only) return Object.keys(PARTS);
  const wanted = String(only).split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = wanted.filter((name) => !(name in PARTS));
  if (unknown.length) usageError(`unknown part(s) ${unknown.join(', ')}`);
  const withNeeds = new Set(wanted.flatMap((name) => [...(NEEDS[name] ?? []), name]));
  return Object.keys(PARTS).filter((name) => withNeeds.has(name));
}

async function serveRegistry(port) {
  const registry = await startRegistry({ port });
  done('registry', `serving ${registry.url} (storage ${registry.storageDir}); Ctrl-C stops it`);
  const stop = async () => {
    await registry.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => {});
}

async function main() {
  let argv;
  try {
    const parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { only: { type: 'string' }, port: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
    argv = { ...parsed.values, _: parsed.positionals };
  } catch (error) {
    usageError(error.message);
  }
  if (argv.help) {
    console.log(USAGE);
    return;
  }
  const [command, ...rest] = argv._;
  if (command === 'serve-registry') {
    const port = Number(argv.port ?? 5000);
    if (!Number.isInteger(port) || port < 0 || port > 65535) usageError(`bad --port ${argv.port}`);
    await serveRegistry(port);
    return;
  }
  if (command || rest.length) usageError(`unknown argument ${[command, ...rest].join(' ')}`);

  const parts = selectParts(argv.only);
  const start = Date.now();
  step('setup', `parts: ${parts.join(', ')} (cache: ${cacheDir()})`);
  // The parts run side by side, each after the parts it needs (NEEDS); apt installs queue up in apt.mjs.
  // Most of a second run is waiting on `docker info`, dpkg-query and version probes, so this halves it.
  const times = {};
  const running = {};
  const runPart = (part) =>
    (running[part] ??= (async () => {
      await Promise.all((NEEDS[part] ?? []).filter((n) => parts.includes(n)).map(runPart));
      const partStart = Date.now();
      try {
        await PARTS[part]({ force: argv.force });
        times[part] = since(partStart);
      } catch (error) {
        fail(part, error);
        console.error(`setup failed in part "${part}" after ${since(start)}`);
        process.exit(1);
      }
    })());
  await Promise.all(parts.map(runPart));
  if (parts.includes('cosign') && process.env.GITHUB_PATH) {
    await fs.appendFile(process.env.GITHUB_PATH, `${binDir()}\n`);
    done('cosign', `${binDir()} added to GITHUB_PATH`);
  }
  done('setup', `ready in ${since(start)} (${parts.map((p) => `${p} ${times[p]}`).join(', ')})`);
}

main().catch((error) => {
  fail('setup', error);
  process.exit(1);
});
