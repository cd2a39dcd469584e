import { dockerRule } from './rule.js';
import { runScript } from './util.js';

/** DL3035: Do not use zypper dist-upgrade. */
export default dockerRule({
  id: 'DL3035',
  level: 'warning',
  description: 'Do not use zypper dist-upgrade.',
  message: 'Do not use `zypper dist-upgrade`.',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      if (s.commands.some((c) => c.name === 'zypper' && (c.args.includes('dist-upgrade') || c.args.includes('dup')))) report(ins.line);
    }
  },
});
