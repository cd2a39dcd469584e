import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import { hasFlag } from '../parser/command.js';

/** DL3015: Avoid additional packages by specifying `--no-install-recommends`. */
export default dockerRule({
  id: 'DL3015',
  level: 'info',
  description: 'Avoid additional packages by specifying `--no-install-recommends`.',
  message: 'Avoid additional packages by specifying `--no-install-recommends`',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      if (s.commands.some((c) => c.name === 'apt-get' && c.args.includes('install') && !hasFlag(c, 'no-install-recommends') && !c.args.includes('APT::Install-Recommends=false'))) report(ins.line);
    }
  },
});
