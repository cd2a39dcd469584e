import { defineCommand, definePlugin } from '@flightcheck/core';

interface Args {
  paths?: string[];
}

/** `flightcheck airflow [paths..]`: the CLI finds this module through package.json → flightcheck.cli. */
export default definePlugin({
  name: '@flightcheck/airflow',
  commands: [
    defineCommand<Args>({
      command: 'airflow [paths..]',
      describe: "Check Airflow's effective configuration per component (manifests folders/files, or Dockerfiles) against its hardening rules",
      builder: (y) => y.positional('paths', { type: 'string', array: true, describe: 'manifest folders or files, Dockerfiles or image folders (default: .)' }),
      async run(args, io) {
        // the engine is loaded only when this command runs, so that `flightcheck --help` stays fast
        const { runCheck } = await import('./engine.js');
        const paths = (args.paths?.length ? args.paths : ['.']).map((p) => (p.startsWith('/') ? p : `${io.cwd}/${p}`));
        return { report: await runCheck({ paths, root: io.cwd }) };
      },
    }),
  ],
});
