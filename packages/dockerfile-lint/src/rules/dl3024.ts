import { dockerRule } from './rule.js';
import { parseFrom } from './util.js';

/** DL3024: FROM aliases (stage names) must be unique. */
export default dockerRule({
  id: 'DL3024',
  level: 'error',
  description: 'FROM aliases (stage names) must be unique.',
  message: 'FROM aliases (stage names) must be unique',
  check({ instructions, report }) {
    const seen = new Set<string>();
    for (const ins of instructions) {
      if (ins.keyword !== 'FROM') continue;
      const a = parseFrom(ins).alias;
      if (a === undefined) continue;
      if (seen.has(a)) report(ins.line);
      seen.add(a);
    }
  },
});
