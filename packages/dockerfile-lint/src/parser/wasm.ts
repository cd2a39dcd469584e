import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

/**
 * V8 compiles WebAssembly with its baseline compiler (Liftoff), then re-compiles hot functions with TurboFan on a
 * background thread. tree-sitter-bash's lexer and parse tables are a few very large functions: TurboFan spends
 * ~0.6 s of CPU on them, and Node drains that background job before the process exits, so a one-file call sat
 * ~0.6–0.9 s idle at its end. Liftoff code parses RUN scripts fast enough that the tier-up never paid back (the
 * 1,000-file benchmark used less CPU without it), so tier-up is switched off for this process before the grammar is
 * compiled. V8 reads these flags when a module compiles and when it would tier up, so they stay off (they only
 * concern WebAssembly; the flightcheck CLI runs one command per process).
 * Lazy compilation is off too: by default V8 compiles each function on its first call, on the thread that calls it,
 * so the first RUN script parsed waited ~0.1 s for the lexer to compile. Compiled ahead, the whole grammar compiles
 * on V8's background threads while the compile is awaited, and the CLI's launcher starts it (preload.ts) before it
 * even loads the command's code, so the compile overlaps the whole start-up on a second core.
 */
export const WASM_FLAGS = ['--no-wasm-dynamic-tiering', '--no-wasm-tier-up', '--no-wasm-lazy-compilation'] as const;

/**
 * Set only on V8 11 (Node 20), where they were measured: on V8 13 (Node 24) --no-wasm-lazy-compilation set at run
 * time leaves the grammar's compile a promise that never settles, and the process would end with no result.
 */
export const WASM_FLAGS_APPLY = process.versions.v8.split('.')[0] === '11';

/** Sets WASM_FLAGS where they apply (idempotent): before anything compiles WebAssembly. */
export function setWasmFlags(): void {
  if (WASM_FLAGS_APPLY) for (const f of WASM_FLAGS) setFlagsFromString(f);
}

/** The two WebAssembly files of the bash parser: web-tree-sitter's runtime and tree-sitter-bash's grammar. */
export interface WasmFiles {
  runtime: string;
  grammar: string;
}

/**
 * The runtime's file is the one web-tree-sitter loads by default: web-tree-sitter.wasm beside its own module, in the
 * package folder Node's lookup finds from here. Node's lookup of a bare name is done here as file checks (the
 * `node_modules` folder of this module's folder and of each folder above it, the first that holds the package
 * wins): createRequire and require.resolve cost ~10 ms on the first call of a process (the CJS resolver's cold code,
 * the package.json reads, web-tree-sitter's `exports` check compiling one of Node's largest regular expressions),
 * paid twice per dockerfile-lint run (the launcher's preload, then the parser), ahead of the compile that every
 * dockerfile-lint run waits for. require.resolve stays the fallback (NODE_PATH, a package without the file).
 */
export function wasmFiles(from: string = fileURLToPath(import.meta.url)): WasmFiles {
  let runtime: string | undefined;
  let grammar: string | undefined;
  for (let dir = dirname(from); ; ) {
    if (basename(dir) !== 'node_modules') {
      const modules = join(dir, 'node_modules');
      runtime ??= packageFile(modules, 'web-tree-sitter', 'web-tree-sitter.wasm');
      grammar ??= packageFile(modules, 'tree-sitter-bash', 'tree-sitter-bash.wasm');
      if (runtime !== undefined && grammar !== undefined) break;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const req = runtime && grammar ? undefined : createRequire(from);
  return {
    runtime: runtime || req!.resolve('web-tree-sitter/web-tree-sitter.wasm'),
    grammar: grammar || req!.resolve('tree-sitter-bash/tree-sitter-bash.wasm'),
  };
}

/** `name`'s file in `modules`/`pkg` when that package is there ('' when the package is there without it: resolve). */
function packageFile(modules: string, pkg: string, name: string): string | undefined {
  if (!existsSync(join(modules, pkg, 'package.json'))) return undefined;
  const file = join(modules, pkg, name);
  return existsSync(file) ? file : '';
}

/**
 * The WebAssembly memory web-tree-sitter's runtime imports (it declares 512 pages at least, its emscripten default:
 * 32 MiB, grown on demand up to its maximum). Made in the preload with the compile: V8 counts it as external memory
 * and answers with two scavenges, cheap on the young heap of the preload, ~3–5 ms where Parser.init made it, on the
 * path from the compile's end to the first parse.
 */
export function wasmMemory(): WebAssembly.Memory | undefined {
  try {
    return new WebAssembly.Memory({ initial: 512, maximum: 32768 });
  } catch {
    return undefined; // (an address-space limit, say): web-tree-sitter tries its own and reports what fails
  }
}

export interface CompiledWasm {
  files: WasmFiles;
  runtime: Promise<WebAssembly.Module>;
  grammar: Promise<WebAssembly.Module>;
  /** The runtime's memory, made ahead (the preload), or undefined: web-tree-sitter makes its own. */
  memory?: WebAssembly.Memory;
}

/** Reads a file and compiles it on V8's background threads (a read error rejects too). */
function compile(file: string): Promise<WebAssembly.Module> {
  try {
    return WebAssembly.compile(readFileSync(file));
  } catch (e) {
    return Promise.reject(e);
  }
}

/** Starts compiling both files at once. */
export function compileWasm(files: WasmFiles): CompiledWasm {
  return { files, runtime: compile(files.runtime), grammar: compile(files.grammar) };
}

/**
 * Where a compile started early in the process (the CLI launcher's preload of this package) waits for the parser.
 * A global symbol: the preload and the command's bundle are separate scripts that share no module.
 */
export const EARLY_COMPILE = Symbol.for('@flightcheck/dockerfile-lint:early-wasm-compile');
type Holder = { [EARLY_COMPILE]?: CompiledWasm };

/** Starts the compile now and leaves it for takeEarlyCompile() (a later start replaces an unclaimed one). */
export function startEarlyCompile(files: WasmFiles = wasmFiles()): void {
  setWasmFlags();
  const started: CompiledWasm = { ...compileWasm(files), memory: wasmMemory() };
  // a failed early compile is reported by the compile that claims it, or by the parser's own compile
  started.runtime.catch(() => undefined);
  started.grammar.catch(() => undefined);
  (globalThis as Holder)[EARLY_COMPILE] = started;
}

/** The early compile of these very files, once (then it is gone), or undefined when none was started. */
export function takeEarlyCompile(files: WasmFiles): CompiledWasm | undefined {
  const holder = globalThis as Holder;
  const early = holder[EARLY_COMPILE];
  if (!early) return undefined;
  delete holder[EARLY_COMPILE];
  return early.files.runtime === files.runtime && early.files.grammar === files.grammar ? early : undefined;
}
