import { dockerRule } from './rule.js';
import type { Instruction } from '../parser/dockerfile.js';
import type { Command } from '../parser/shell.js';
import { failuresInUsedStages } from './stages.js';
import { cleanedAfterInstall, hasCacheMount, runScript } from './util.js';
import { cmdHasArgs } from '../parser/command.js';

/** DL3060: Run `yarn cache clean` after `yarn install`. */
export default dockerRule({
  id: 'DL3060',
  level: 'info',
  description: 'Run `yarn cache clean` after `yarn install`.',
  message: '`yarn cache clean` missing after `yarn install` was run.',
  onbuild: true,
  check({ instructions, report }) {
    const failing = (ins: Instruction): boolean => {
      const s = runScript(ins);
      if (!s) return false;
      // hadolint's matching: `yarn` with `install`; `yarn` with `cache` or `clean` (any one of them)
      const isClean = (c: Command) => cmdHasArgs('yarn', ['cache', 'clean'], c);
      const cleaned = cleanedAfterInstall(s.commands, (c) => cmdHasArgs('yarn', ['install'], c), isClean);
      if (cleaned !== false) return false;
      // a cache mount stands in for the clean-up only when there is none (a clean-up before the install is flagged)
      return !(hasCacheMount(ins, '.cache/yarn') && !s.commands.some(isClean));
    };
    for (const line of failuresInUsedStages(instructions, failing)) report(line);
  },
});
