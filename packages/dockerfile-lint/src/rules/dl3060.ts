import { dockerRule } from './rule.js';
import type { Instruction } from '../parser/dockerfile.js';
import { failuresInUsedStages } from './stages.js';
import { hasCacheMount, runScript } from './util.js';

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
      if (!s || hasCacheMount(ins, '.cache/yarn')) return false;
      const install = s.commands.some((c) => c.name === 'yarn' && c.args.includes('install'));
      const clean = s.commands.some((c) => c.name === 'yarn' && c.args.includes('cache') && c.args.includes('clean'));
      return install && !clean;
    };
    for (const line of failuresInUsedStages(instructions, failing)) report(line);
  },
});
