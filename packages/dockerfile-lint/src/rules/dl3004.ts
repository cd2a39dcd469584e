import { dockerRule } from './rule.js';
import { runScript } from './util.js';

/** DL3004: Do not use sudo in RUN. */
export default dockerRule({
  id: 'DL3004',
  level: 'error',
  description: 'Do not use sudo in RUN.',
  message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (s && s.commands.some((c) => c.name === 'sudo')) report(ins.line);
    }
  },
});
