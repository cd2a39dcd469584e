import { dockerRule } from './rule.js';
import { runScript } from './util.js';

/** DL3027: Do not use apt; use apt-get or apt-cache. */
export default dockerRule({
  id: 'DL3027',
  level: 'warning',
  description: 'Do not use apt; use apt-get or apt-cache.',
  message: 'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (s && s.commands.some((c) => c.name === 'apt')) report(ins.line);
    }
  },
});
