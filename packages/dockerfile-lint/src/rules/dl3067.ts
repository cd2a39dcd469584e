import { dockerRule } from './rule.js';
import { flagValue } from '../parser/dockerfile.js';
import { copyArgs, stripQuotes } from './util.js';

/** DL3067: Do not COPY --from a whole root filesystem to `/`. */
export default dockerRule({
  id: 'DL3067',
  level: 'warning',
  description: 'Do not COPY --from a whole root filesystem to `/`.',
  message: 'Do not copy an entire filesystem from another stage',
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword !== 'COPY' || flagValue(ins, 'from') === undefined) continue;
      const { sources, dest } = copyArgs(ins);
      if (stripQuotes(dest) === '/' && sources.some((s) => stripQuotes(s) === '/')) report(ins.line);
    }
  },
});
