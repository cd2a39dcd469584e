import { definePlugin, defineCommand, type CheckOutcome, type CommandIO } from '@flightcheck/core';
import type { Argv } from 'yargs';

interface RbacArgs {
  words?: (string | number)[];
  as?: string;
  asGroup?: (string | number)[] | string;
  namespace?: string;
  batch?: string;
  format?: string;
  config?: string;
}

const QUERIES = ['can-i', 'rules', 'who-can'] as const;

function builder(y: Argv): Argv {
  return y
    .positional('words', { type: 'string', array: true, describe: 'manifest paths (the check), or can-i VERB RESOURCE[.GROUP][/SUB] [NAME] PATHS | rules PATHS | who-can VERB RESOURCE PATHS' })
    .option('as', { type: 'string', describe: 'can-i, rules: the user asking (system:serviceaccount:NS:NAME for a ServiceAccount)' })
    // not an array option: that would take the positionals after it as groups too; repeated, yargs gathers the values
    .option('as-group', { type: 'string', describe: 'can-i, rules: a group of the user (repeatable)' })
    .option('namespace', { alias: 'n', type: 'string', describe: 'can-i, rules, who-can: the namespace of the request (none = cluster scope)' })
    .option('batch', { type: 'string', describe: 'can-i: answer every query of this JSON-lines file' })
    .parserConfiguration({ 'parse-positional-numbers': false });
}

export default definePlugin({
  name: '@flightcheck/rbac',
  commands: [
    defineCommand<RbacArgs>({
      command: 'rbac [words..]',
      describe: 'Effective RBAC permissions, escalation paths and least privilege (also: rbac can-i | rules | who-can)',
      builder,
      async run(args, io: CommandIO): Promise<CheckOutcome | number> {
        const words = (args.words ?? []).map(String);
        const sub = words[0] as (typeof QUERIES)[number];
        if ((QUERIES as readonly string[]).includes(sub)) {
          const cmd = await import('./commands.js');
          const groups = args.asGroup === undefined ? [] : (Array.isArray(args.asGroup) ? args.asGroup : [args.asGroup]).map(String);
          const q = { words: words.slice(1), ...(args.as !== undefined ? { as: String(args.as) } : {}), asGroup: groups, ...(args.namespace ? { namespace: String(args.namespace) } : {}), ...(args.batch ? { batch: args.batch } : {}), ...(args.format ? { format: args.format } : {}), cwd: io.cwd };
          const out = await (sub === 'can-i' ? cmd.canI(q) : sub === 'rules' ? cmd.rules(q) : cmd.whoCan(q));
          io.stdout(out.stdout);
          if (out.stderr) io.stderr(out.stderr);
          return out.exitCode;
        }
        const { runRbac } = await import('./run.js');
        const report = await runRbac({ paths: words, cwd: io.cwd, ...(args.config ? { policyFile: args.config } : {}) });
        return { report };
      },
    }),
  ],
});
