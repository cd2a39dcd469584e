import { dockerRule } from './rule.js';
import { runScript } from './util.js';

/** DL4005: Use SHELL to change the default shell instead of linking /bin/sh. */
export default dockerRule({
  id: 'DL4005',
  level: 'warning',
  description: 'Use SHELL to change the default shell instead of linking /bin/sh.',
  message: 'Use SHELL to change the default shell',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (s && s.commands.some((c) => c.name === 'ln' && c.args.includes('/bin/sh'))) report(ins.line);
    }
  },
});
