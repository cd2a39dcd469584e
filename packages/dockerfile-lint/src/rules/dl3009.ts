import { dockerRule } from './rule.js';
import type { Instruction } from '../parser/dockerfile.js';
import { cmdHasArgs } from '../parser/command.js';
import { failuresInUsedStages } from './stages.js';
import { hasCacheMount, runScript } from './util.js';

/** DL3009: Delete the apt-get lists after installing something. */
export default dockerRule({
  id: 'DL3009',
  level: 'info',
  description: 'Delete the apt-get lists after installing something.',
  message: 'Delete the apt lists (/var/lib/apt/lists) after installing something',
  onbuild: true,
  check({ instructions, report }) {
    const failing = (ins: Instruction): boolean => {
      const s = runScript(ins);
      if (!s) return false;
      const update = s.commands.some((c) => ['apt-get', 'apt', 'aptitude'].includes(c.name) && c.args.includes('update'));
      if (!update) return false;
      if (s.commands.some((c) => cmdHasArgs('rm', ['-rf', '/var/lib/apt/lists/*'], c))) return false;
      if (hasCacheMount(ins, '/var/lib/apt/lists')) return false;
      if (hasCacheMount(ins, '/var/lib/apt') && hasCacheMount(ins, '/var/cache/apt')) return false;
      return true;
    };
    for (const line of failuresInUsedStages(instructions, failing)) report(line);
  },
});
