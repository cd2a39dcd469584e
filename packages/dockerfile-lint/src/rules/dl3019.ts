import { dockerRule } from './rule.js';
import { hasCacheMount, runScript } from './util.js';
import { hasFlag } from '../parser/command.js';

/** DL3019: Use `apk add --no-cache`. */
export default dockerRule({
  id: 'DL3019',
  level: 'info',
  description: 'Use `apk add --no-cache`.',
  message: 'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      if (hasCacheMount(ins, '/var/cache/apk')) continue;
      if (s.commands.some((c) => c.name === 'apk' && c.args.includes('add') && !hasFlag(c, 'no-cache'))) report(ins.line);
    }
  },
});
