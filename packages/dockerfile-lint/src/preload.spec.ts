import { describe, expect, it } from 'vitest';
import { takeEarlyCompile, wasmFiles } from './parser/wasm.js';
import preload, { needsShellParser } from './preload.js';

describe('needsShellParser', () => {
  it('is true for a lint with the built-in engine (auto may fall back to it)', () => {
    expect(needsShellParser(['dockerfile-lint', 'images/airflow/Dockerfile', '--no-shellcheck'])).toBe(true);
    expect(needsShellParser(['dockerfile-lint', '--engine', 'builtin', 'Dockerfile'])).toBe(true);
    expect(needsShellParser(['dockerfile-lint', '--engine=auto', '-'])).toBe(true);
  });
  it('is false for help, version and the hadolint engine', () => {
    for (const argv of [['dockerfile-lint', '--help'], ['dockerfile-lint', '-h'], ['--version'], ['dockerfile-lint', '--engine', 'hadolint', 'Dockerfile'], ['dockerfile-lint', '--engine=hadolint', 'x']]) {
      expect(needsShellParser(argv), argv.join(' ')).toBe(false);
    }
  });
  it('reads no option after --', () => {
    expect(needsShellParser(['dockerfile-lint', '--', '--help'])).toBe(true);
  });
});

describe('preload', () => {
  it('starts the compile the parser claims for a lint, and none for --help', async () => {
    preload(['dockerfile-lint', '--help']);
    expect(takeEarlyCompile(wasmFiles())).toBeUndefined();
    preload(['dockerfile-lint', 'Dockerfile']);
    const early = takeEarlyCompile(wasmFiles());
    expect(early).toBeDefined();
    const [runtime, grammar] = await Promise.all([early!.runtime, early!.grammar]);
    expect(runtime).toBeInstanceOf(WebAssembly.Module);
    expect(grammar).toBeInstanceOf(WebAssembly.Module);
  });
});
