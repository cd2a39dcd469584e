import { dockerRule } from './rule.js';
import { argName, argWord } from './util.js';

/** DL3066: USER should name a numeric UID (or an ARG). */
export default dockerRule({
  id: 'DL3066',
  level: 'info',
  description: 'USER should name a numeric UID (or an ARG).',
  message: 'Non-numeric user-id may not be resolvable by host system',
  check({ instructions, report }) {
    const args = new Set<string>();
    for (const ins of instructions) {
      if (ins.keyword === 'ARG') args.add(argName(ins));
      if (ins.keyword !== 'USER') continue;
      const uid = argWord(ins).split(':')[0]!;
      if (/^\d*$/.test(uid)) continue;
      const refs = [...uid.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
      if (refs.some((r) => args.has(r))) continue;
      report(ins.line);
    }
  },
});
