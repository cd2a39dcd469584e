import { dockerRule } from './rule.js';
import { shellOf } from '../parser/dockerfile.js';

/** DL4006: Set `-o pipefail` in SHELL before a RUN with a pipe. */
export default dockerRule({
  id: 'DL4006',
  level: 'warning',
  description: 'Set `-o pipefail` in SHELL before a RUN with a pipe.',
  message: 'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check',
  check({ instructions, report }) {
    let safe = false;
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') safe = false;
      else if (ins.keyword === 'SHELL') safe = pipefailShell(ins.exec ?? ins.args.split(/\s+/));
      else if (ins.keyword === 'RUN' && !safe && shellOf(ins).hasPipes) report(ins.line);
    }
  },
});

/** True when a SHELL sets pipefail (bash/zsh/ash with `-o pipefail`) or is not a POSIX shell. */
export function pipefailShell(items: string[]): boolean {
  const first = items[0] ?? '';
  if (/^(pwsh|powershell|cmd)/i.test(first)) return true;
  const base = first.split('/').pop()!;
  if (!['bash', 'zsh', 'ash'].includes(base)) return false;
  const args = items.slice(1);
  return args.some((a) => a.startsWith('-') && !a.startsWith('--') && a.includes('o')) && args.includes('pipefail');
}
