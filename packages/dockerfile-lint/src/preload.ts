import { startEarlyCompile } from './parser/wasm.js';

/**
 * The CLI launcher's preload of this package (package.json `flightcheck.preload`, bundled on its own by
 * tools/bundle-cli.mjs): called with the command line before the command's bundle is read, it starts compiling the
 * bash parser's WebAssembly on V8's background threads, so that the compile (~0.1 s of CPU) overlaps loading the
 * code, parsing the options and reading the configuration and the Dockerfiles instead of following them (the launcher
 * turns the event loop once after a preload: V8 hands the decoded module to its compile threads from a task of the
 * main thread). It also makes the runtime's 32 MiB memory, whose GC cost is smallest this early. The parser claims
 * both when it starts (parser/shell.ts), or compiles itself when none was started.
 *
 * Only a hint: a command line read wrong here costs a compile that nothing uses, or no head start; the results are
 * the same either way.
 */
export default function preload(argv: readonly string[]): void {
  if (needsShellParser(argv)) startEarlyCompile();
}

/** False for a command line that lints nothing with the built-in engine: help, version, or `--engine hadolint`. */
export function needsShellParser(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--help' || a === '-h' || a === '--version') return false;
    if (a === '--engine=hadolint' || (a === '--engine' && argv[i + 1] === 'hadolint')) return false;
  }
  return true;
}
