import { defineCommand, definePlugin } from '@flightcheck/core';

export default definePlugin({
  name: '@acme/flightcheck-image-labels',
  commands: [
    defineCommand({
      command: 'image-labels [paths..]',
      describe: 'Check that Dockerfiles carry the OCI source label',
      async run(args, io) {
        const { runCheck } = await import('./engine.js');
        return { report: runCheck({ paths: args.paths?.length ? args.paths : ['.'], root: io.cwd }) };
      },
    }),
  ],
});
