import { dockerRule } from './rule.js';
import { runScript } from './util.js';
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
      const cmds = s.commands;
      const bad = cmds.some((c, i) =>
        c.name === 'yum' && c.args.includes('install') &&
        !cmds.slice(i + 1).some((d) => cmdHasArgs('yum', ['clean', 'all'], d) || cmdHasArgs('rm', ['-rf', '/var/cache/yum/*'], d)),
      );
      if (bad) report(ins.line);
    }
  },
});
