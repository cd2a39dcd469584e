#!/usr/bin/env node
// Bundles the CLI's code paths with esbuild, one CommonJS file per built-in check package (the CLI's main
// plus that package's commands) and one for the top-level help, into packages/cli/dist/bundles/. The
// launcher (packages/cli/bin/flightcheck.js) runs the bundle of the command asked for through V8's code
// cache, so a command loads one file instead of hundreds of ES modules: start-up time (issue 19).
//
// Semantics are kept: every `import.meta.url` (and CommonJS `__dirname`) is replaced by that of the file it was written in, so
// assets, workers and lazy `createRequire(import.meta.url)` loads resolve exactly as without the bundle.
// index.json records the modification time of every workspace file a bundle holds; the launcher falls back
// to the unbundled modules when one has changed since (a `tsc -b` without a re-bundle).
//
// Run after `tsc -b`: `node tools/bundle-cli.mjs [--force|--check]` (part of `npm run build`). Nothing is
// rebuilt when no input changed since the last run.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(new URL('..', import.meta.url).pathname);
const cliDir = join(root, 'packages', 'cli');
const outDir = join(cliDir, 'dist', 'bundles');

/** Loaded at run time from node_modules, never bundled: large, rarely used, or native. */
// (optional plugins of @cyclonedx/cyclonedx-library that are not installed stay runtime requires it catches)
const EXTERNAL = ['zx', 'testcontainers', 'ssh2', 'cpu-features', 'fsevents', 'xmlbuilder2', 'libxmljs2'];

const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.(m?js|cjs)$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta') && !text.includes('__dirname') && !text.includes('__filename')) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      // CommonJS modules that read files beside them (@cyclonedx's schemas) keep their own folder too, unless the
      // module declares a variable of that name itself (ES module shims do)
      const ownNames = /(?:const|let|var|function)\s+__(?:dirname|filename)\b/.test(text);
      const cjsPaths = (t) => (ownNames ? t : t.replace(/(?<![.\w$])__dirname\b/g, JSON.stringify(resolve(args.path, '..'))).replace(/(?<![.\w$])__filename\b/g, JSON.stringify(args.path)));
      const contents = cjsPaths(text)
        .replace(/\bimport\.meta\.url\b/g, url)
        .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(resolve(args.path, '..')))
        .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(args.path));
      return { contents, loader: 'js', resolveDir: resolve(args.path, '..') };
    });
  },
};

/**
 * yargs measures every help line with string-width, which builds an emoji regex and an Intl.Segmenter: ~0.1 s
 * of every command (yargs caches its help text after each command). Printable ASCII is measured by its length;
 * anything else (ANSI colours, wide or combining characters) still goes to string-width itself.
 */
const asciiStringWidth = {
  name: 'ascii-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.namespace === 'ascii-width') return undefined;
      const real = await b.resolve('string-width', { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, namespace: 'ascii-width' });
      if (real.errors.length) return { errors: real.errors };
      return { path: real.path, namespace: 'ascii-width' };
    });
    // the real string-width is required on first use only: its module builds an Intl.Segmenter when loaded
    b.onLoad({ filter: /.*/, namespace: 'ascii-width' }, (args) => ({
      contents: `let real;\nexport default function width(s, o) {\n  if (typeof s === 'string' && /^[\\x20-\\x7e]*$/.test(s)) return s.length;\n  real ??= require(${JSON.stringify(args.path)}).default;\n  return real(s, o);\n}\n`,
      resolveDir: resolve(args.path, '..'),
      loader: 'js',
    }));
  },
};

/**
 * yargs takes two functions of Node's `assert` (strictEqual, notStrictEqual) for its argument checks; loading
 * `assert` costs a few ms of every command's start-up. These two load it only when a check fails, and then the
 * real function throws its own error (Object.is is the comparison both use).
 */
const lazyAssert = {
  name: 'lazy-assert',
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?assert$/ }, (args) => (/[\\/]yargs[\\/]/.test(args.importer) ? { path: 'assert', namespace: 'lazy-assert' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-assert' }, () => ({
      contents:
        "export function strictEqual(a, b, m) {\n  if (!Object.is(a, b)) require('node:assert').strictEqual(a, b, m);\n}\n" +
        "export function notStrictEqual(a, b, m) {\n  if (Object.is(a, b)) require('node:assert').notStrictEqual(a, b, m);\n}\n",
      loader: 'js',
    }));
  },
};

/**
 * In a CommonJS bundle, a dependency that ships both builds is taken as its CommonJS build: web-tree-sitter's ES
 * module build starts with `await import("module")` inside a function that also declares `var require`, which
 * esbuild's import()-to-require() rewrite turns into a call of that (still undefined) local `require`.
 */
const COMMONJS_BUILDS = ['web-tree-sitter'];
const preferCommonJs = {
  name: 'prefer-commonjs',
  setup(b) {
    const filter = new RegExp(`^(${COMMONJS_BUILDS.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, async (args) => {
      if (args.pluginData === 'prefer-commonjs') return undefined;
      const r = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: 'require-call', importer: args.importer, pluginData: 'prefer-commonjs' });
      return r.errors.length ? { errors: r.errors } : { path: r.path };
    });
  },
};

/**
 * yaml (~160 KB of a bundle) is imported statically by core's policy reader and dockerfile-lint's configuration
 * reader, so every command evaluated its ~70 modules at start-up (and cached their code), though a run whose
 * flightcheck.yaml comes from the policy cache and that finds no .hadolint.yaml parses no YAML with it. For those
 * two importers yaml is a facade of the functions they call, each loading the real module on its first call; a name
 * they import that is not in the list fails the build ("No matching export"). Other importers get yaml itself.
 */
const LAZY_YAML_IMPORTERS = ['packages/core/dist/policy.js', 'packages/dockerfile-lint/dist/config/config.js'];
const LAZY_YAML_FUNCTIONS = ['isMap', 'isScalar', 'parse', 'parseDocument'];
const lazyYaml = {
  name: 'lazy-yaml',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, async (args) => {
      if (args.pluginData === 'lazy-yaml' || args.pluginData === 'dedupe-copies' || !LAZY_YAML_IMPORTERS.some((f) => args.importer === join(root, f))) return undefined;
      const real = await b.resolve('yaml', { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, namespace: 'file', pluginData: 'lazy-yaml' });
      return real.errors.length ? { errors: real.errors } : { path: real.path, namespace: 'lazy-yaml' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-yaml' }, (args) => ({
      contents: `let real;\nconst load = () => (real ??= require(${JSON.stringify(args.path)}));\n${LAZY_YAML_FUNCTIONS.map((n) => `export function ${n}(...a) {\n  return load().${n}(...a);\n}\n`).join('')}`,
      resolveDir: resolve(args.path, '..'),
      loader: 'js',
    }));
  },
};

/**
 * npm installs a package once per workspace package when the hoisted copy is another version: yaml 2.9.0 sits under
 * packages/core and under each check that depends on it, beside the root's yaml 1.x. esbuild bundles every copy it
 * reaches, so a command's bundle held yaml twice (a third of dockerfile-lint's bundle: read, compiled, evaluated and
 * cached on every run). A bare import that lands in one such copy is taken from the first copy of the same name and
 * version (by path, so every build picks the same one), and only when that file's bytes are the same in both; the
 * copy's own relative imports then follow from there. That is the graph npm builds when it can hoist the package.
 */
const dedupeCopies = {
  name: 'dedupe-copies',
  setup(b) {
    const copies = new Map(); // package name -> its installed folders, sorted
    const installed = (name) => {
      if (!copies.has(name)) {
        const dirs = [join(root, 'node_modules', name), ...readdirSync(join(root, 'packages')).map((d) => join(root, 'packages', d, 'node_modules', name))];
        copies.set(name, dirs.filter((d) => existsSync(join(d, 'package.json'))).sort());
      }
      return copies.get(name);
    };
    const same = (a, b) => existsSync(a) && readFileSync(a).equals(readFileSync(b));
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'dedupe-copies' || args.path.startsWith('node:') || args.namespace !== 'file') return undefined;
      const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, namespace: args.namespace, pluginData: 'dedupe-copies' });
      if (real.errors.length || real.external || !real.path) return undefined; // esbuild's own resolve reports it
      const m = /^(.*[\\/]node_modules[\\/])((?:@[^\\/]+[\\/])?[^\\/]+)([\\/].*)$/.exec(real.path);
      if (!m) return undefined;
      const [, base, name, rest] = m;
      const dir = base + name;
      // the same package.json (name, version, metadata) and the same file
      const first = installed(name).find((d) => same(join(d, 'package.json'), join(dir, 'package.json')));
      if (first && first < dir && same(first + rest, real.path)) return { path: first + rest, ...(real.sideEffects === false ? { sideEffects: false } : {}) };
      return undefined;
    });
  },
};

/** Built-in check packages with a CLI entry: name, directory, entry module, declared commands. */
function checkPackages() {
  const out = [];
  for (const dir of readdirSync(join(root, 'packages')).sort()) {
    const file = join(root, 'packages', dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (!pkg.flightcheck?.cli || !pkg.name.startsWith('@flightcheck/')) continue;
    if (!Array.isArray(pkg.flightcheck.commands)) continue; // undeclared: loaded the ordinary way
    // v8Flags: V8 flags the package sets at run time (dockerfile-lint's WebAssembly tiering): the launcher sets them
    // before it compiles the bundle, or V8 would reject the code cache (made under other flags) on every run
    // workers: worker-thread entries (compiled modules), each bundled beside itself as <name>.bundle.cjs
    // preload: a module the launcher calls with the command line before it reads the bundle (dockerfile-lint starts
    // compiling its WebAssembly there), bundled on its own
    out.push({
      name: pkg.name,
      dir,
      module: join(root, 'packages', dir, pkg.flightcheck.cli),
      commands: pkg.flightcheck.commands,
      v8Flags: pkg.flightcheck.v8Flags ?? [],
      workers: pkg.flightcheck.workers ?? [],
      ...(pkg.flightcheck.preload ? { preload: join(root, 'packages', dir, pkg.flightcheck.preload) } : {}),
    });
  }
  return out;
}

function entrySource(pkg, preload = false) {
  if (preload) return `export { default } from ${JSON.stringify(pkg.preload)};\n`;
  const main = JSON.stringify(join(cliDir, 'dist', 'main.js'));
  if (!pkg) return `import { main } from ${main};\nexport default (argv) => main(argv);\n`;
  return `import { main } from ${main};\nimport plugin from ${JSON.stringify(pkg.module)};\nexport default (argv) => main(argv, { preloaded: { ${JSON.stringify(pkg.name)}: plugin } });\n`;
}

/**
 * CommonJS where it can be (the launcher runs it through V8's code cache); ES module output for a package whose
 * graph has a top-level await (dockerfile-lint's WebAssembly shell parser), which CommonJS cannot express.
 */
async function bundle(name, pkg) {
  try {
    return await bundleAs(name, pkg, 'cjs');
  } catch (e) {
    if (!/Top-level await is currently not supported/.test(String(e?.message))) throw e;
    return bundleAs(name, pkg, 'esm');
  }
}

/** esbuild's options for a bundle of this CLI (a command's, a preload's, a worker's), in `format` to `outfile`. */
function esbuildOptions(format, outfile, plugins) {
  return {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format,
    // no import() in a CommonJS bundle: V8 loses a script's dynamic-import callback when the script comes from
    // its code cache (Node 20: "A dynamic import callback was not specified"), so esbuild turns each import()
    // into a require() (Node >= 20.19 requires ES modules)
    ...(format === 'cjs' ? { supported: { 'dynamic-import': false } } : {}),
    // CommonJS dependencies inside an ES module bundle call require() for Node's built-ins
    ...(format === 'esm' ? { banner: { js: "import { createRequire as __flightcheckRequire } from 'node:module'; const require = __flightcheckRequire(import.meta.url);" } } : {}),
    target: 'node20.19',
    outfile,
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    metafile: true,
    external: EXTERNAL,
    plugins,
    logLevel: 'silent',
  };
}

async function bundleAs(name, pkg, format, preload = false) {
  const outfile = join(outDir, `${name}${preload ? '.preload' : ''}.${format === 'esm' ? 'mjs' : 'cjs'}`);
  const { build } = await import('esbuild'); // after the up-to-date check: a no-op build loads no esbuild
  const result = await build({
    ...esbuildOptions(format, outfile, [...(format === 'cjs' ? [preferCommonJs] : []), asciiStringWidth, lazyAssert, lazyYaml, dedupeCopies, keepImportMetaUrl]),
    stdin: { contents: entrySource(pkg, preload), resolveDir: cliDir, sourcefile: `${name}-${preload ? 'preload' : 'entry'}.mjs`, loader: 'js' },
  });
  // esbuild escapes non-ASCII characters except inside regular expression literals; one such character makes V8
  // hold the whole bundle as a two-byte string (twice the memory, slower to read and to check against its cache)
  const bytes = readFileSync(outfile);
  const wide = bytes.findIndex((b) => b > 0x7f);
  if (wide !== -1) console.warn(`[bundle-cli] ${name}: not ASCII at byte ${wide} (${JSON.stringify(bytes.subarray(Math.max(0, wide - 40), wide + 8).toString('utf8'))}): write the character as \\u…`);
  // (a preload is require()d: it stays a plain CommonJS module)
  const wrapped = format === 'cjs' && !preload && wide === -1 && wrapCommonJs(outfile, bytes.toString('latin1'));
  // [file, mtime] pairs, not an object keyed by file: the launcher parses this on every run, and JSON.parse gives an
  // object with a hundred distinct keys a hidden class per key (~4 M instructions over the index)
  const inputs = [];
  for (const input of Object.keys(result.metafile.inputs)) {
    if (input.includes(':')) continue; // a plugin's namespace
    const abs = resolve(root, input);
    if (!abs.startsWith(join(root, 'packages')) || abs.includes('node_modules') || !existsSync(abs)) continue;
    inputs.push([relative(cliDir, abs), Math.trunc(statSync(abs).mtimeMs)]);
  }
  return { file: outfile.slice(outDir.length + 1), format, ...(wrapped ? { wrapped: true } : {}), inputs: inputs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) };
}

/** The function a CommonJS bundle is written as (`wrapped` in index.json): Node's module wrapper, on a line of its own. */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_TAIL = '});';

/**
 * Writes an ASCII CommonJS bundle as the function Node's module wrapper would make of it, so that the launcher hands
 * V8 the file's text as it is: wrapping it at run time made a concatenated string that V8 copied whole (flattened)
 * before it looked the script up, and read as UTF-8 the text went through a growing buffer first; an ASCII file reads
 * as latin1 straight into one string. The head takes a line of its own and the source map starts one line later, so
 * every position stays exact; the sourceMappingURL comment stays last.
 */
function wrapCommonJs(outfile, text) {
  const m = /\n\/\/# sourceMappingURL=[^\n]*\n?$/.exec(text);
  if (!m) return false;
  writeFileSync(outfile, `${WRAPPER_HEAD}\n${text.slice(0, m.index)}\n${WRAPPER_TAIL}${m[0]}`, 'latin1');
  const mapFile = `${outfile}.map`;
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  map.mappings = `;${map.mappings}`;
  writeFileSync(mapFile, JSON.stringify(map));
  return true;
}

/**
 * A worker-thread entry bundled with its imports into one CommonJS file beside it (`worker.js` → `worker.bundle.cjs`,
 * what a package starts its workers with: one file to load instead of its module graph), and `worker.bundle.json`
 * beside that, with the modification time of every workspace file it holds: the package starts the compiled module
 * instead when one has changed since (a `tsc -b` without a re-bundle). Returns the bundle's inputs.
 */
async function bundleWorker(pkg, entry) {
  const module = resolve(root, 'packages', pkg.dir, entry);
  const outfile = module.replace(/\.m?js$/, '.bundle.cjs');
  const { build } = await import('esbuild');
  const result = await build({ ...esbuildOptions('cjs', outfile, [preferCommonJs, keepImportMetaUrl]), entryPoints: [module] });
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    if (input.includes(':')) continue;
    const abs = resolve(root, input);
    if (!abs.startsWith(join(root, 'packages')) || abs.includes('node_modules') || !existsSync(abs)) continue;
    inputs[relative(dirname(outfile), abs)] = Math.trunc(statSync(abs).mtimeMs);
  }
  writeFileSync(outfile.replace(/\.cjs$/, '.json'), `${JSON.stringify({ schemaVersion: 1, inputs }, null, 1)}\n`);
  return { file: relative(cliDir, outfile), inputs: Object.fromEntries(Object.entries(inputs).map(([f, m]) => [relative(cliDir, resolve(dirname(outfile), f)), m])) };
}

/**
 * What the bundles were made from besides the workspace files they list: this script, the installed
 * dependencies (the lockfile) and the packages' declared commands. Equal stamps and unchanged inputs mean
 * the bundles on disk are the ones this run would write: nothing is rebuilt (a no-op build takes
 * milliseconds instead of seconds; `--force` rebuilds anyway).
 */
function stampOf(packages) {
  const mtime = (f) => (existsSync(f) ? Math.trunc(statSync(f).mtimeMs) : 0);
  return {
    script: mtime(new URL(import.meta.url).pathname),
    lock: mtime(join(root, 'package-lock.json')),
    packages: packages.map((p) => ({ name: p.name, dir: p.dir, commands: p.commands, v8Flags: p.v8Flags, preload: p.preload, ...(p.workers.length ? { workers: p.workers } : {}) })),
  };
}

function upToDate(stamp) {
  try {
    const old = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8'));
    if (JSON.stringify(old.stamp) !== JSON.stringify(stamp)) return false;
    for (const w of Object.values(old.workers ?? {})) {
      if (!existsSync(resolve(cliDir, w.file))) return false;
      for (const [rel, mtime] of Object.entries(w.inputs)) {
        const abs = resolve(cliDir, rel);
        if (!existsSync(abs) || Math.trunc(statSync(abs).mtimeMs) !== mtime) return false;
      }
    }
    for (const b of Object.values(old.bundles)) {
      if (!existsSync(join(outDir, b.file)) || (b.preload && !existsSync(join(outDir, b.preload)))) return false;
      if (!Array.isArray(b.inputs)) return false;
      for (const [rel, mtime] of b.inputs) {
        const abs = resolve(cliDir, rel);
        if (!existsSync(abs) || Math.trunc(statSync(abs).mtimeMs) !== mtime) return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}

const packages = checkPackages();
const stamp = stampOf(packages);
const fresh = !process.argv.includes('--force') && upToDate(stamp);
if (process.argv.includes('--check')) {
  // `--check`: says whether a build would rebuild, builds nothing (exit 0 up to date, 1 stale)
  console.log(fresh ? '[bundle-cli] bundles up to date' : '[bundle-cli] bundles stale: a build would rebuild them');
  process.exit(fresh ? 0 : 1);
}
if (fresh) {
  console.log('[bundle-cli] bundles up to date (no input changed)');
  process.exit(0);
}
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const started = Date.now();
const index = { schemaVersion: 1, node: '>=20.19', stamp, bundles: {}, commands: {} };
index.bundles.main = await bundle('main');
for (const pkg of packages) {
  const built = await bundle(pkg.dir, pkg);
  // the preload's files count as the bundle's inputs: a change to either makes the launcher run the compiled modules
  const preload = pkg.preload ? await bundleAs(pkg.dir, pkg, 'cjs', true) : undefined;
  index.bundles[pkg.dir] = {
    ...built,
    ...(preload ? { preload: preload.file, inputs: [...built.inputs, ...preload.inputs.filter(([f]) => !built.inputs.some(([g]) => g === f))] } : {}),
    ...(pkg.v8Flags.length ? { v8Flags: pkg.v8Flags } : {}),
  };
  for (const c of pkg.commands) {
    for (const n of [c.command.split(' ')[0], ...(c.aliases ?? [])]) index.commands[n] = pkg.dir;
  }
  for (const w of pkg.workers) (index.workers ??= {})[`${pkg.dir}/${w.replace(/^\.\//, '')}`] = await bundleWorker(pkg, w);
}
// compact: the launcher parses it on every run
writeFileSync(join(outDir, 'index.json'), `${JSON.stringify(index)}\n`);
const size = Object.values(index.bundles).reduce((n, b) => n + statSync(join(outDir, b.file)).size, 0);
console.log(`[bundle-cli] ${Object.keys(index.bundles).length} bundles, ${(size / 1048576).toFixed(1)} MiB, ${Date.now() - started} ms`);
