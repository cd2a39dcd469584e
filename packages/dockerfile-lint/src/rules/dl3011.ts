import { dockerRule } from './rule.js';
import { wordsOf } from './util.js';

/** DL3011: EXPOSE ports must be in the range 0-65535. */
export default dockerRule({
  id: 'DL3011',
  level: 'error',
  description: 'EXPOSE ports must be in the range 0-65535.',
  message: 'Valid UNIX ports range from 0 to 65535',
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      const bad = wordsOf(ins).some((w) =>
        w.split('/')[0]!.split('-').some((p) => /^\d+$/.test(p) && Number(p) > 65535),
      );
      if (bad) report(ins.line);
    }
  },
});
