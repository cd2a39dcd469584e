import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import { argsNoFlags, cmdHasArgs } from '../parser/command.js';

/** DL3037: Specify versions with zypper install. */
export default dockerRule({
  id: 'DL3037',
  level: 'warning',
  description: 'Specify versions with zypper install.',
  message: 'Specify version with `zypper install -y <package>=<version>`',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      if (s.commands.some((c) => cmdHasArgs('zypper', ['install', 'in'], c) && argsNoFlags(c).filter((a) => a !== 'install' && a !== 'in').some((p) => !/(=|>=|>|<=|<)/.test(p) && !p.endsWith('.rpm')))) report(ins.line);
    }
  },
});
