import { dockerRule } from './rule.js';
import { argWord } from './util.js';

/** DL3002: The last USER of a stage should not be root. */
export default dockerRule({
  id: 'DL3002',
  level: 'warning',
  description: 'The last USER of a stage should not be root.',
  message: 'Last USER should not be root',
  check({ instructions, report }) {
    let last: number | undefined;
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') {
        if (last !== undefined) report(last);
        last = undefined;
      } else if (ins.keyword === 'USER') {
        const u = argWord(ins);
        const user = u.split(':')[0];
        last = user === 'root' || user === '0' ? ins.line : undefined;
      }
    }
    if (last !== undefined) report(last);
  },
});
