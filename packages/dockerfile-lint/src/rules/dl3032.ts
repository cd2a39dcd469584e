import { dockerRule } from './rule.js';
import { cleanedAfterInstall, runScript } from './util.js';
import { cmdHasArgs } from '../parser/command.js';

/** DL3032: Run `yum clean all` after yum install. */
export default dockerRule({
  id: 'DL3032',
  level: 'warning',
  description: 'Run `yum clean all` after yum install.',
  message: '`yum clean all` missing after yum command.',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      const bad = cleanedAfterInstall(
        s.commands,
        (c) => cmdHasArgs('yum', ['install'], c),
        (d) => cmdHasArgs('yum', ['clean', 'all'], d) || cmdHasArgs('rm', ['-rf', '/var/cache/yum/*'], d),
      ) === false;
      if (bad) report(ins.line);
    }
  },
});
