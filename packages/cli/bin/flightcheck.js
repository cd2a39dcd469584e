#!/usr/bin/env node
// Entry point. Start-up time is most of what a user waits for on a small input, so this file imports only
// Node's built-ins: it runs the bundle of the command asked for (dist/bundles, made by tools/bundle-cli.mjs)
// through V8's code cache, and falls back to the compiled modules (dist/main.js) when there is no bundle, the
// bundle is older than a file it holds (a `tsc -b` without a re-bundle), or FLIGHTCHECK_NO_BUNDLE is set.
// CommonJS (bin/package.json): Node's ES module loader starts only when an ES module is imported.
'use strict';
const { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const here = __dirname;
const argv = process.argv.slice(2);
if (process.env.FLIGHTCHECK_DEBUG) process.setSourceMapsEnabled(true);

/** The bundle index's entry for this command line (not yet checked against its inputs), or undefined. */
function findBundle() {
  if (process.env.FLIGHTCHECK_NO_BUNDLE) return undefined;
  const dir = join(here, '..', 'dist', 'bundles');
  let index;
  try {
    index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const word = argv.find((a) => !a.startsWith('-'));
  const name = word === undefined ? 'main' : index.commands?.[word];
  const entry = name && index.bundles?.[name];
  if (!entry || !Array.isArray(entry.inputs)) return undefined;
  return {
    file: join(dir, entry.file),
    format: entry.format,
    wrapped: entry.wrapped === true,
    name,
    inputs: entry.inputs,
    v8Flags: Array.isArray(entry.v8Flags) ? entry.v8Flags : [],
    ...(typeof entry.preload === 'string' ? { preload: join(dir, entry.preload) } : {}),
  };
}

/** Whether no file the bundle holds changed since it was made (else the compiled modules run). */
function isFresh(bundle) {
  // paths relative to the CLI's folder, joined as text: path.join's normalising, cold code run once per file, cost
  // more than the stat itself. A missing file reads as changed, without an exception per file.
  const cliDir = `${here}/../`;
  for (const [file, mtimeMs] of bundle.inputs) {
    let st;
    try {
      st = statSync(cliDir + file, { throwIfNoEntry: false });
    } catch {
      return false;
    }
    // 1 ms of slack: a time set through utimes (seconds as a double) can come back a hair below
    if (!st || Math.abs(Math.trunc(st.mtimeMs) - mtimeMs) > 1) return false;
  }
  return true;
}

/** FNV-1a of a string, 8 hex digits: tells the checkouts of flightcheck on one machine apart in the cache folder. */
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Where V8's code cache for a bundle lives: the user's cache folder, keyed by the bundle's path, build and runtime. */
function cachePath(file) {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const st = statSync(file);
  return join(base, 'flightcheck', 'v8', `${file.split('/').pop()}-${fnv1a(file)}-${st.size}-${Math.trunc(st.mtimeMs)}-${process.version}-${process.arch}.bin`);
}

/**
 * Removes the caches of earlier builds of the same bundle (same path) for this runtime (another size or time in the
 * name): every rebuild names a new cache, and without this the folder grew by a bundle's cache per build.
 */
function dropStale(cacheFile) {
  const dir = dirname(cacheFile);
  const name = cacheFile.slice(dir.length + 1);
  // <bundle>-<path hash>-<size>-<mtime>-<node version>-<arch>.bin: the same first two and last two, another build
  const m = /^(.+-[0-9a-f]{8})-\d+-\d+-(v[\d.]+-[a-z0-9]+)\.bin$/.exec(name);
  if (!m) return;
  for (const other of readdirSync(dir)) {
    if (other === name || !other.startsWith(`${m[1]}-`) || !other.endsWith(`-${m[2]}.bin`)) continue;
    if (!/^\d+-\d+$/.test(other.slice(m[1].length + 1, other.length - m[2].length - 5))) continue;
    try {
      unlinkSync(join(dir, other));
    } catch {
      // another process's, or already gone
    }
  }
}

/**
 * Runs a CommonJS bundle with V8's code cache (compiled once, reused by every later run). A `wrapped` bundle is ASCII
 * text already written as the module wrapper's function (tools/bundle-cli.mjs): read as latin1, it is one flat
 * string V8 takes as it is.
 */
async function runCommonJs(file, wrapped) {
  const source = wrapped ? readFileSync(file, 'latin1') : wrap(readFileSync(file, 'utf8'));
  const cacheFile = process.env.FLIGHTCHECK_NO_CODE_CACHE ? undefined : cachePath(file);
  let cachedData;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(source, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  const run = mod.exports.default ?? mod.exports;
  const code = await run(argv);
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // After the run, so that the functions this command compiled are in the cache too. Best effort: a
    // read-only or full cache folder only costs the next run its compile time.
    try {
      mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      renameSync(tmp, cacheFile);
      dropStale(cacheFile);
    } catch {
      // no cache this time
    }
  }
  return code;
}

/**
 * V8 re-compiles a function with TurboFan once ~66 KB of its bytecode has run. A command on a dozen files spent
 * ~40% of its instructions in TurboFan jobs (callgrind, `compliance manifests/airflow`) for functions it was about
 * to stop calling, and Node waits for those background jobs before it exits. Eight times that budget leaves such
 * a run in the interpreter and Sparkplug, while a large input still reaches TurboFan (the 10,000-object
 * compliance run used less CPU with it, not more).
 */
const V8_FLAGS = ['--interrupt-budget=540672'];

/**
 * V8 tuning flags (these and the bundles' own) were measured on V8 11 (Node 20) and are set only there: V8 13
 * (Node 24) has no --interrupt-budget (it prints an error), and --no-wasm-lazy-compilation set at run time leaves
 * its WebAssembly compile a promise that never settles. On another V8 the defaults run.
 */
const TUNED_V8 = process.versions.v8.split('.')[0] === '11';

/**
 * A package's preload (flightcheck.preload, bundled on its own): called with the command line before the bundle is
 * read, so that work it can start ahead (dockerfile-lint's WebAssembly compile, on V8's background threads) overlaps
 * loading the bundle. Only a head start: the bundle does that work itself when it finds none started, so a preload
 * that fails is skipped.
 */
function preload(file) {
  try {
    require(file).default(argv);
  } catch {
    // no head start this time
  }
}

async function run() {
  const found = findBundle();
  // these and the flags the bundle's code sets anyway, set before it compiles: V8 accepts a code cache only under
  // the flags it was made with, and the cache is made after the run
  const { setFlagsFromString } = require('node:v8');
  if (TUNED_V8) for (const flag of [...V8_FLAGS, ...(found?.v8Flags ?? [])]) if (/^--[a-z0-9-]+(=[0-9]+)?$/.test(flag)) setFlagsFromString(flag);
  // the preload's head start is taken before the bundle's inputs are checked (a hundred stat calls): it is only a
  // hint, whose work the command does itself when it is missing or was made from other files. Then one turn of the
  // event loop: V8 starts an asynchronous WebAssembly compile's work on its background threads from a task of this
  // thread once the module is decoded, and this thread, busy loading the bundle, would run that task only at its
  // first wait, with the compile then still to do (~45 ms of every dockerfile-lint run spent waiting for it)
  if (found?.preload) {
    preload(found.preload);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const bundle = found && isFresh(found) ? found : undefined;
  if (bundle?.format === 'cjs') return runCommonJs(bundle.file, bundle.wrapped);
  if (bundle) return (await import(pathToFileURL(bundle.file).href)).default(argv);
  const { main } = await import(pathToFileURL(join(here, '..', 'dist', 'main.js')).href);
  return main(argv);
}

// Fail closed: a run whose work is left waiting on a promise that can no longer settle (nothing left for the event
// loop) would otherwise end with exit code 0 and no report, a pass. It is an internal error instead.
let settled = false;
process.on('exit', (code) => {
  if (settled || code !== 0) return;
  process.stderr.write('flightcheck: internal error: the run ended before it finished (no report was made)\n');
  process.exitCode = 2;
});
run().then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (e) => {
    settled = true;
    process.stderr.write(`flightcheck: internal error: ${e?.message ?? e}\n${process.env.FLIGHTCHECK_DEBUG ? `${e?.stack}\n` : ''}`);
    process.exitCode = 2;
  },
);
