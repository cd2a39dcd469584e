import { dockerRule } from './rule.js';
import { parseFrom } from './util.js';

/** DL3063: Do not name a stage `scratch` or `context`. */
export default dockerRule({
  id: 'DL3063',
  level: 'warning',
  description: 'Do not name a stage `scratch` or `context`.',
  message: 'stage name should not be a reserved word',
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword !== 'FROM') continue;
      const a = parseFrom(ins).alias?.toLowerCase();
      if (a === 'scratch' || a === 'context') report(ins.line);
    }
  },
});
