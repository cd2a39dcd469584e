/** The export condition under which the packages resolve to their TypeScript sources (vitest, the repository's tests). */
export const SOURCE_CONDITION = '@flightcheck/source';

/**
 * The Node options for a worker thread that runs compiled code: this process's (`execArgv`), without the
 * TypeScript-source export condition, which a worker started from a compiled file cannot load under.
 */
export function compiledExecArgv(argv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--conditions' || a === '-C') {
      if (argv[i + 1] !== SOURCE_CONDITION && argv[i + 1] !== undefined) out.push(a, argv[i + 1]!);
      i++;
    } else if (a !== `--conditions=${SOURCE_CONDITION}`) out.push(a);
  }
  return out;
}
