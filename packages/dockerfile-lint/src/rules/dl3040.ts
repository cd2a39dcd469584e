import { dockerRule } from './rule.js';
import { hasCacheMount, runScript } from './util.js';
import { cmdHasArgs } from '../parser/command.js';

/** DL3040: Run `dnf clean all` after dnf install. */
export default dockerRule({
  id: 'DL3040',
  level: 'warning',
  description: 'Run `dnf clean all` after dnf install.',
  message: '`dnf clean all` missing after dnf command.',
  onbuild: true,
  check({ instructions, report }) {
    const subs = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei'];
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s || hasCacheMount(ins, '/var/cache/libdnf5') || hasCacheMount(ins, '.cache/libdnf5')) continue;
      const cmds = s.commands;
      const bad = cmds.some((c, i) =>
        (c.name === 'dnf' || c.name === 'microdnf') && subs.some((x) => c.args.includes(x)) &&
        !cmds.slice(i + 1).some((d) => cmdHasArgs(c.name, ['clean', 'all'], d) || cmdHasArgs('rm', ['-rf', '/var/cache/libdnf5*'], d)),
      );
      if (bad) report(ins.line);
    }
  },
});
