// A small real check used by the CLI's tests: flags FIXME markers in text files.
import { resolve } from 'node:path';
import { createReport, defineCommand, definePlugin, defineRule, readTextInput, runRules } from '@flightcheck/core';

export const noFixme = defineRule({
  meta: {
    id: 'no-fixme',
    target: 'text',
    severity: 'medium',
    docs: { description: 'No FIXME markers in shipped files' },
    messages: { fixme: 'FIXME marker left in the file' },
  },
  check(lines, ctx) {
    lines.forEach((line, i) => {
      if (line.includes('FIXME')) ctx.report({ messageId: 'fixme', location: { file: ctx.file, line: i + 1 } });
    });
  },
});

export default definePlugin({
  name: 'fixme',
  commands: [
    defineCommand({
      command: 'fixme [paths..]',
      describe: 'Find FIXME markers',
      formats: ['count'],
      builder: (y) => y.positional('paths', { type: 'string', array: true }).option('strict', { type: 'boolean', describe: 'critical severity' }),
      async run(args, io) {
        // paths are relative to the invocation's working directory (io.cwd), not process.cwd()
        const results = (args.paths ?? []).map((path) => {
          const file = resolve(io.cwd, path);
          const text = readTextInput(file, { maxBytes: 1 << 20 });
          const findings = runRules([noFixme], text.split('\n'), { file, severityOverride: () => (args.strict ? 'critical' : undefined) });
          return { check: 'fixme', target: file, engine: 'builtin', findings };
        });
        return { report: createReport(results), formats: { count: (r) => `${r.results.reduce((n, x) => n + x.findings.length, 0)}\n` } };
      },
    }),
  ],
});
