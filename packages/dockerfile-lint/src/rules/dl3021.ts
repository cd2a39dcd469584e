import { dockerRule } from './rule.js';
import { copyArgs, stripQuotes } from './util.js';

/** DL3021: COPY with more than one source needs a destination ending with `/`. */
export default dockerRule({
  id: 'DL3021',
  level: 'error',
  description: 'COPY with more than one source needs a destination ending with `/`.',
  message: 'COPY with more than 2 arguments requires the last argument to end with /',
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword !== 'COPY' || ins.heredoc) continue;
      const { sources, dest } = copyArgs(ins);
      if (sources.length >= 2 && !stripQuotes(dest).endsWith('/')) report(ins.line);
    }
  },
});
