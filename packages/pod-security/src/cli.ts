import { definePlugin, defineCommand, UsageError, type CheckOutcome } from '@flightcheck/core';
import type { Argv } from 'yargs';

interface PodSecurityArgs {
  paths?: string[];
  level?: string;
  pssVersion?: string;
  admissionConfig?: string;
  verbose?: boolean;
  jobs?: number;
}

function parseJobs(v: unknown): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${String(v)}"`);
  return n;
}

function builder(y: Argv): Argv {
  return y
    .positional('paths', { type: 'string', array: true, describe: "manifest files, directories (every *.yaml/*.yml beneath), - for stdin; 'list' prints the checks" })
    .option('level', { type: 'string', describe: 'judge every object at this level (privileged, baseline, restricted) instead of by its namespace labels' })
    .option('pss-version', { type: 'string', describe: 'policy version with --level: v1.0 … v1.35 or latest (default latest)' })
    .option('admission-config', { type: 'string', describe: 'an AdmissionConfiguration or PodSecurityConfiguration file (defaults and exemptions)' })
    .option('jobs', { alias: 'j', type: 'number', describe: 'threads to read a file with (default 1; a second thread costs CPU and won no wall time on 2 cores); the output does not depend on it' });
}

export default definePlugin({
  name: '@flightcheck/pod-security',
  commands: [
    defineCommand<PodSecurityArgs>({
      command: 'pod-security [paths..]',
      describe: "Judge workloads against the Pod Security Standards as admission would, by namespace labels and version ('pod-security list' prints the checks)",
      builder,
      async run(args, io): Promise<CheckOutcome | number> {
        const paths = args.paths ?? [];
        if (paths.length === 1 && paths[0] === 'list') {
          const { renderCheckList } = await import('./list.js');
          io.stdout(renderCheckList());
          return 0;
        }
        const { runPodSecurity } = await import('./run.js');
        const report = await runPodSecurity({
          paths,
          cwd: io.cwd,
          readStdin: io.readStdin,
          ...(args.level !== undefined ? { level: args.level } : {}),
          ...(args.pssVersion !== undefined ? { pssVersion: args.pssVersion } : {}),
          ...(args.admissionConfig !== undefined ? { admissionConfig: args.admissionConfig } : {}),
          ...(args.config !== undefined ? { config: args.config } : {}),
          ...(args.jobs !== undefined ? { jobs: parseJobs(args.jobs) } : {}),
        });
        return { report };
      },
    }),
  ],
});
