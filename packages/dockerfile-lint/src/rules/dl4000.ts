import { dockerRule } from './rule.js';

/** DL4000: MAINTAINER is deprecated; use a LABEL. */
export default dockerRule({
  id: 'DL4000',
  level: 'error',
  description: 'MAINTAINER is deprecated; use a LABEL.',
  message: 'MAINTAINER is deprecated',
  check({ instructions, report }) {
    for (const ins of instructions) if (ins.keyword === 'MAINTAINER') report(ins.line);
  },
});
