import { defineCommand, definePlugin } from '@flightcheck/core';

interface Args {
  paths?: string[];
  maxFileBytes?: number;
  gitignore?: boolean;
}

/** `flightcheck secrets [paths..]`: the CLI finds this module through package.json → flightcheck.cli. */
export default definePlugin({
  name: '@flightcheck/secrets',
  commands: [
    defineCommand<Args>({
      command: 'secrets [paths..]',
      describe: 'Find committed secrets in manifests, Dockerfiles and the rest of the repository (reports show only a redacted hint)',
      builder: (y) =>
        y
          .positional('paths', { type: 'string', array: true, describe: 'files or folders to scan (default: .)' })
          .option('max-file-bytes', { type: 'number', describe: 'skip files larger than this (default 1 MiB)' })
          .option('gitignore', { type: 'boolean', default: true, describe: 'skip what .gitignore ignores (through git; --no-gitignore scans everything)' }),
      async run(args, io) {
        // the engine is loaded only when this command runs, so that `flightcheck --help` stays fast
        const { runCheck } = await import('./engine.js');
        const { workspaceRootOf } = await import('./root.js');
        const paths = (args.paths?.length ? args.paths : ['.']).map((p) => (p.startsWith('/') ? p : `${io.cwd}/${p}`));
        const report = await runCheck({ paths, root: workspaceRootOf(io.cwd), gitignore: args.gitignore !== false, ...(args.maxFileBytes ? { maxFileBytes: args.maxFileBytes } : {}) });
        return { report };
      },
    }),
  ],
});
