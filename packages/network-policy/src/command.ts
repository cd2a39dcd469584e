import { FlightcheckError, UsageError, type CheckOutcome, type CommandIO } from '@flightcheck/core';
import { analyzePaths, type Analysis } from './analyze.js';
import type { NetworkPolicyArgs } from './cli.js';
import { LIST_FORMATS } from './cli.js';
import type { Problem } from './model/types.js';
import { renderList } from './formats/index.js';

function problemText(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : '';
  return `flightcheck: ${p.level}: ${where}${p.message}\n`;
}

/** Prints the problems on stderr; true when one of them is an error (the analysis is then not trusted). */
function reportProblems(a: Analysis, io: CommandIO): boolean {
  for (const p of a.problems) io.stderr(problemText(p));
  return a.problems.some((p) => p.level === 'error');
}

export async function runNetworkPolicyCommand(args: NetworkPolicyArgs, io: CommandIO): Promise<CheckOutcome | number> {
  const format = args.format ?? 'text';
  if (args.action === 'list') {
    if (!(LIST_FORMATS as readonly string[]).includes(format)) throw new UsageError(`list prints ${LIST_FORMATS.join(', ')}; not ${format}`);
    const paths = args.paths ?? [];
    if (!paths.length) throw new UsageError('name the manifest files or directories to analyse');
    const a = analyzePaths(paths, io.cwd);
    if (reportProblems(a, io)) return 2;
    io.stdout(await renderList(a, format, { exposure: Boolean(args.exposure) }));
    return 0;
  }
  if (args.action === 'diff') {
    const { runDiff } = await import('./diff-command.js');
    return runDiff(args, io, reportProblemsOf(io));
  }
  const { runCheckCommand } = await import('./check.js');
  return runCheckCommand(args, io);
}

function reportProblemsOf(io: CommandIO): (a: Analysis) => boolean {
  return (a) => reportProblems(a, io);
}

export { FlightcheckError };
