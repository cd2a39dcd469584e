import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import { hasAnyFlag } from '../parser/command.js';

/** DL3034: Use a non-interactive switch with zypper. */
export default dockerRule({
  id: 'DL3034',
  level: 'warning',
  description: 'Use a non-interactive switch with zypper.',
  message: 'Non-interactive switch missing from `zypper` command: `zypper install -y`',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      if (s.commands.some((c) => c.name === 'zypper' && ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'].some((s) => c.args.includes(s)) && !hasAnyFlag(c, ['non-interactive', 'n', 'no-confirm', 'y']))) report(ins.line);
    }
  },
});
