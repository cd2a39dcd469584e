import { dockerRule } from './rule.js';
import { cleanedAfterInstall, hasCacheMount, runScript } from './util.js';
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
      // each tool on its own: a `microdnf clean all` does not clean up after `dnf install`
      const bad = ['dnf', 'microdnf'].some(
        (tool) =>
          cleanedAfterInstall(
            s.commands,
            (c) => cmdHasArgs(tool, subs, c),
            (d) => cmdHasArgs(tool, ['clean', 'all'], d) || cmdHasArgs('rm', ['-rf', '/var/cache/libdnf5*'], d),
          ) === false,
      );
      if (bad) report(ins.line);
    }
  },
});
