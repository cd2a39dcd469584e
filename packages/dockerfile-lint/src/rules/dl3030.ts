import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import { hasAnyFlag } from '../parser/command.js';

/** DL3030: Use the -y switch with yum install. */
export default dockerRule({
  id: 'DL3030',
  level: 'warning',
  description: 'Use the -y switch with yum install.',
  message: 'Use the -y switch to avoid manual input `yum install -y <package>`',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      if (s.commands.some((c) => c.name === 'yum' && ['install', 'groupinstall', 'localinstall'].some((s) => c.args.includes(s)) && !hasAnyFlag(c, ['y', 'assumeyes']))) report(ins.line);
    }
  },
});
