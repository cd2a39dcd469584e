import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import { hasAnyFlag } from '../parser/command.js';

/** DL3038: Use the -y switch with dnf install. */
export default dockerRule({
  id: 'DL3038',
  level: 'warning',
  description: 'Use the -y switch with dnf install.',
  message: 'Use the -y switch to avoid manual input `dnf install -y <package>`',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      if (s.commands.some((c) => (c.name === 'dnf' || c.name === 'microdnf') && ['install', 'groupinstall', 'localinstall'].some((s) => c.args.includes(s)) && !hasAnyFlag(c, ['y', 'assumeyes']))) report(ins.line);
    }
  },
});
