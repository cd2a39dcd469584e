import { dockerRule } from './rule.js';
import { keyValuePairs, runScript } from './util.js';
import { walkWithVars } from './stages.js';
import { rpmUnpinned } from './rpm.js';

/** DL3041: Specify versions with dnf install. */
export default dockerRule({
  id: 'DL3041',
  level: 'warning',
  description: 'Specify versions with dnf install.',
  message: 'Specify version with `dnf install -y <package>-<version>`.',
  onbuild: true,
  check({ instructions, report }) {
    walkWithVars(instructions, (ins, vars) => {
      const s = runScript(ins);
      if (s && s.commands.some((c) => (c.name === 'dnf' || c.name === 'microdnf') && rpmUnpinned(c, vars, true))) report(ins.line);
    }, keyValuePairs);
  },
});
