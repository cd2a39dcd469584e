import { definePlugin, defineCommand, UsageError, type CheckOutcome, type Severity } from '@flightcheck/core';
import type { Argv } from 'yargs';

export interface NetworkPolicyArgs {
  action: 'list' | 'diff' | 'check';
  paths?: string[];
  exposure?: boolean;
  base?: string;
  head?: string;
  failOn?: Severity | 'none';
  format?: string;
  verbose?: boolean;
}

export const LIST_FORMATS = ['text', 'json', 'csv', 'markdown', 'dot', 'np-guard-txt', 'np-guard-json'] as const;
export const DIFF_FORMATS = ['text', 'json', 'csv', 'markdown', 'np-guard-txt', 'np-guard-json'] as const;
const EXTRA_FORMATS = ['csv', 'dot', 'np-guard-txt', 'np-guard-json'] as const;

function builder(y: Argv): Argv {
  return y
    .positional('action', { type: 'string', choices: ['list', 'diff', 'check'], describe: 'list the allowed connections, diff two versions, or check them against the intent in flightcheck.yaml' })
    .positional('paths', { type: 'string', array: true, describe: 'manifest files or directories (every *.yaml/*.yml/*.json beneath)' })
    .option('exposure', { type: 'boolean', default: false, describe: 'list: also what each workload is exposed to outside the listed workloads' })
    .option('base', { type: 'string', describe: 'diff: the old version, a directory or a git ref' })
    .option('head', { type: 'string', describe: 'diff: the new version, a directory or a git ref' });
}

export default definePlugin({
  name: '@flightcheck/network-policy',
  commands: [
    defineCommand<NetworkPolicyArgs>({
      command: 'network-policy <action> [paths..]',
      describe: 'Who can reach whom: connectivity computed from NetworkPolicies and admin policies (list, diff, check)',
      builder,
      formats: EXTRA_FORMATS,
      async run(args, io): Promise<CheckOutcome | number> {
        const { runNetworkPolicyCommand } = await import('./command.js');
        if (args.action !== 'check' && args.output) throw new UsageError('--output is for "network-policy check"; redirect the output of list and diff');
        return runNetworkPolicyCommand(args, io);
      },
    }),
  ],
});
