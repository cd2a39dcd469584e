import { definePlugin, defineCommand, type CheckOutcome } from '@flightcheck/core';
import type { Argv } from 'yargs';

interface PodSecurityArgs {
  paths?: string[];
  level?: string;
  pssVersion?: string;
  admissionConfig?: string;
  verbose?: boolean;
}

function builder(y: Argv): Argv {
  return y
    .positional('paths', { type: 'string', array: true, describe: "manifest files, directories (every *.yaml/*.yml beneath), - for stdin; 'list' prints the checks" })
    .option('level', { type: 'string', describe: 'judge every object at this level (privileged, baseline, restricted) instead of by its namespace labels' })
    .option('pss-version', { type: 'string', describe: 'policy version with --level: v1.0 … v1.35 or latest (default latest)' })
    .option('admission-config', { type: 'string', describe: 'an AdmissionConfiguration or PodSecurityConfiguration file (defaults and exemptions)' });
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
        });
        return { report };
      },
    }),
  ],
});
