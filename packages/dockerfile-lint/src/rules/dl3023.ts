import { dockerRule } from './rule.js';
import { flagValue } from '../parser/dockerfile.js';
import { parseFrom } from './util.js';

/** DL3023: COPY --from cannot reference its own FROM alias. */
export default dockerRule({
  id: 'DL3023',
  level: 'error',
  description: 'COPY --from cannot reference its own FROM alias.',
  message: '`COPY --from` cannot reference its own `FROM` alias',
  check({ instructions, report }) {
    let current: string | undefined;
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') current = parseFrom(ins).alias;
      else if (ins.keyword === 'COPY') {
        const from = flagValue(ins, 'from');
        if (from !== undefined && current !== undefined && from === current) report(ins.line);
      }
    }
  },
});
