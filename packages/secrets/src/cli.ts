import { defineCommand, definePlugin } from '@flightcheck/core';

interface Args {
  paths?: string[];
  maxFileBytes?: number;
}

/** `flightcheck secrets [paths..]`: the CLI finds this module through package.json → flightcheck.cli. */
export default definePlugin({
  name: '@flightcheck/secrets',
  commands: [
    defineCommand<Args>({
      command: 'secrets [paths..]',
      describe: 'Find committed secrets in manifests, Dockerfiles and the rest of the repository',
      builder: (y) => y.positional('paths', { type: 'string', array: true, describe: 'files or folders to check (default: .)' }).option('max-file-bytes', { type: 'number', describe: 'skip files larger than this' }),
      async run(args, io) {
        // the engine is loaded only when this command runs, so that `flightcheck --help` stays fast
        const { runCheck } = await import('./engine.js');
        const paths = args.paths?.length ? args.paths : ['.'];
        return { report: runCheck({ paths, root: io.cwd, ...(args.maxFileBytes ? { maxFileBytes: args.maxFileBytes } : {}) }) };
      },
    }),
  ],
});
