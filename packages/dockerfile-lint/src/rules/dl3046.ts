import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import { hasAnyFlag } from '../parser/command.js';
import type { Command } from '../parser/shell.js';

/** DL3046: useradd with a high UID needs `-l`. */
export default dockerRule({
  id: 'DL3046',
  level: 'warning',
  description: 'useradd with a high UID needs `-l`.',
  message: '`useradd` without flag `-l` and high UID will result in excessively large Image.',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      if (s.commands.some((c) => c.name === 'useradd' && !hasAnyFlag(c, ['l', 'no-log-init']) && (uidOf(c)?.length ?? 0) > 5)) report(ins.line);
    }
  },
});

function uidOf(c: Command): string | undefined {
  for (let i = 0; i < c.args.length; i++) {
    const a = c.args[i]!;
    if (a === '-u' || a === '--uid') return c.args[i + 1];
    if (a.startsWith('--uid=')) return a.slice(6);
    if (/^-u\d/.test(a)) return a.slice(2);
  }
  return undefined;
}
