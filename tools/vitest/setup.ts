// Setup of every test file (vitest.config.ts `setupFiles`). dockerfile-lint's shell parser (tree-sitter's
// WebAssembly) starts asynchronously and its rules parse synchronously: the package's entry points await
// initShellParser() before they lint, and so do its specs, here, once per test file of that package.
import { expect } from 'vitest';

if (/\/packages\/dockerfile-lint\//.test(expect.getState().testPath ?? '')) {
  const { initShellParser } = await import('../../packages/dockerfile-lint/src/parser/shell.js');
  await initShellParser();
}
