import { dockerRule } from './rule.js';
import { flagValue } from '../parser/dockerfile.js';
import { parseFrom } from './util.js';

/** DL3022: COPY --from should reference a previously defined FROM alias. */
export default dockerRule({
  id: 'DL3022',
  level: 'warning',
  description: 'COPY --from should reference a previously defined FROM alias.',
  message: '`COPY --from` should reference a previously defined `FROM` alias',
  check({ instructions, report }) {
    const aliases = new Set<string>();
    let froms = 0;
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') {
        froms++;
        const a = parseFrom(ins).alias;
        if (a) aliases.add(a);
      } else if (ins.keyword === 'COPY') {
        const from = flagValue(ins, 'from');
        if (from === undefined) continue;
        const n = /^\d+$/.test(from) ? Number(from) : NaN;
        if (!aliases.has(from) && !from.includes(':') && !(n < froms)) report(ins.line);
      }
    }
  },
});
