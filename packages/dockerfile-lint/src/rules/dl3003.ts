import { dockerRule } from './rule.js';
import { runScript } from './util.js';

/** DL3003: Use WORKDIR instead of `cd` in RUN. */
export default dockerRule({
  id: 'DL3003',
  level: 'warning',
  description: 'Use WORKDIR instead of `cd` in RUN.',
  message: 'Use WORKDIR to switch to a directory',
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (s && s.commands.some((c) => c.name === 'cd')) report(ins.line);
    }
  },
});
