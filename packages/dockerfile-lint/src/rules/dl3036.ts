import { dockerRule } from './rule.js';
import { cleanedAfterInstall, hasCacheMount, runScript } from './util.js';
import { cmdHasArgs } from '../parser/command.js';

/** DL3036: Run `zypper clean` after zypper install. */
export default dockerRule({
  id: 'DL3036',
  level: 'warning',
  description: 'Run `zypper clean` after zypper install.',
  message: '`zypper clean` missing after zypper use.',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s || hasCacheMount(ins, '/var/cache/zypp')) continue;
      const bad = cleanedAfterInstall(s.commands, (c) => cmdHasArgs('zypper', ['install', 'in'], c), (d) => cmdHasArgs('zypper', ['clean', 'cc'], d)) === false;
      if (bad) report(ins.line);
    }
  },
});
