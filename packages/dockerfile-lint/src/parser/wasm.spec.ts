import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileWasm, EARLY_COMPILE, startEarlyCompile, takeEarlyCompile, wasmFiles, wasmMemory } from './wasm.js';

const req = createRequire(import.meta.url);

describe('wasmFiles', () => {
  it("names web-tree-sitter's runtime (the file its package exports) and tree-sitter-bash's grammar", () => {
    const files = wasmFiles();
    expect(files.runtime).toBe(req.resolve('web-tree-sitter/web-tree-sitter.wasm'));
    expect(files.grammar).toBe(req.resolve('tree-sitter-bash/tree-sitter-bash.wasm'));
    expect(existsSync(files.runtime) && existsSync(files.grammar)).toBe(true);
  });
  it("looks a package up as Node does: the nearest node_modules holding it, from the module's folder up, none inside node_modules/node_modules", () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-wasm-files-'));
    const put = (f: string) => {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), '');
    };
    try {
      put('app/node_modules/web-tree-sitter/package.json');
      put('app/node_modules/web-tree-sitter/web-tree-sitter.wasm');
      put('node_modules/web-tree-sitter/package.json');
      put('node_modules/web-tree-sitter/web-tree-sitter.wasm');
      put('node_modules/tree-sitter-bash/package.json');
      put('node_modules/tree-sitter-bash/tree-sitter-bash.wasm');
      expect(wasmFiles(join(dir, 'app/lib/dist/parser/wasm.js'))).toEqual({
        runtime: join(dir, 'app/node_modules/web-tree-sitter/web-tree-sitter.wasm'),
        grammar: join(dir, 'node_modules/tree-sitter-bash/tree-sitter-bash.wasm'),
      });
      // from inside an installed package: its own node_modules, then the folder holding node_modules
      expect(wasmFiles(join(dir, 'app/node_modules/@flightcheck/dockerfile-lint/dist/parser/wasm.js')).runtime).toBe(join(dir, 'app/node_modules/web-tree-sitter/web-tree-sitter.wasm'));
      // the nearest package without the file: Node's resolver decides (here: nothing to find, an error)
      put('app/node_modules/tree-sitter-bash/package.json');
      expect(() => wasmFiles(join(dir, 'app/lib/wasm.js'))).toThrow(/tree-sitter-bash/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('wasmMemory', () => {
  it("makes the memory web-tree-sitter's runtime imports: 512 pages (32 MiB), growable", () => {
    const memory = wasmMemory()!;
    expect(memory).toBeInstanceOf(WebAssembly.Memory);
    expect(memory.buffer.byteLength).toBe(512 * 65536);
    expect(memory.grow(1)).toBe(512);
  });
});

describe('compileWasm', () => {
  it('compiles both files at once to WebAssembly modules the parser instantiates', async () => {
    const c = compileWasm(wasmFiles());
    const [runtime, grammar] = await Promise.all([c.runtime, c.grammar]);
    // the grammar exports the language function web-tree-sitter looks for; the runtime imports its memory
    expect(WebAssembly.Module.exports(grammar).some((e) => e.name === 'tree_sitter_bash')).toBe(true);
    expect(WebAssembly.Module.imports(runtime).some((i) => i.kind === 'memory')).toBe(true);
  });
  it('rejects (never throws) for a file that cannot be read or is not WebAssembly', async () => {
    const c = compileWasm({ runtime: '/nonexistent/web-tree-sitter.wasm', grammar: new URL(import.meta.url).pathname });
    await expect(c.runtime).rejects.toThrow(/ENOENT/);
    await expect(c.grammar).rejects.toThrow(/WebAssembly/);
  });
});

describe('startEarlyCompile / takeEarlyCompile', () => {
  it('leaves the compile for the parser once: the first claim gets it, a later one nothing', async () => {
    const files = wasmFiles();
    startEarlyCompile(files);
    const early = takeEarlyCompile(files);
    expect(early?.files).toEqual(files);
    expect(early?.memory).toBeInstanceOf(WebAssembly.Memory);
    expect(await early!.grammar).toBeInstanceOf(WebAssembly.Module);
    expect(takeEarlyCompile(files)).toBeUndefined();
    expect((globalThis as Record<symbol, unknown>)[EARLY_COMPILE]).toBeUndefined();
  });
  it('gives nothing for other files (the parser then compiles its own), and drops the unclaimed compile', () => {
    startEarlyCompile({ runtime: '/a/web-tree-sitter.wasm', grammar: '/a/tree-sitter-bash.wasm' });
    expect(takeEarlyCompile(wasmFiles())).toBeUndefined();
    expect((globalThis as Record<symbol, unknown>)[EARLY_COMPILE]).toBeUndefined();
  });
  it('a failed early compile is no unhandled rejection: whoever claims it gets the error', async () => {
    const files = { runtime: '/nonexistent/r.wasm', grammar: '/nonexistent/g.wasm' };
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      startEarlyCompile(files);
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).toEqual([]);
      await expect(takeEarlyCompile(files)!.runtime).rejects.toThrow(/ENOENT/);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
