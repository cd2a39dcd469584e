import { dockerRule } from './rule.js';
import { keyValuePairs, runScript } from './util.js';
import { walkWithVars } from './stages.js';
import { rpmUnpinned } from './rpm.js';

/** DL3033: Specify versions with yum install. */
export default dockerRule({
  id: 'DL3033',
  level: 'warning',
  description: 'Specify versions with yum install.',
  message: 'Specify version with `yum install -y <package>-<version>`.',
  onbuild: true,
  check({ instructions, report }) {
    walkWithVars(instructions, (ins, vars) => {
      const s = runScript(ins);
      if (s && s.commands.some((c) => c.name === 'yum' && rpmUnpinned(c, vars, false))) report(ins.line);
    }, keyValuePairs);
  },
});
