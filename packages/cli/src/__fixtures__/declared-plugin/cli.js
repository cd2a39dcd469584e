// A plugin that declares its command in package.json: the CLI must import this module only to run it.
globalThis.__declaredPluginLoads = (globalThis.__declaredPluginLoads ?? 0) + 1;
export default {
  name: 'declared',
  commands: [
    {
      command: 'declared [paths..]',
      describe: 'A declared command',
      run: async () => 0,
    },
  ],
};
