import { dockerRule } from './rule.js';

/** DL3012: A stage must have at most one HEALTHCHECK. */
export default dockerRule({
  id: 'DL3012',
  level: 'error',
  description: 'A stage must have at most one HEALTHCHECK.',
  message: 'Multiple `HEALTHCHECK` instructions',
  check({ instructions, report }) {
    let seen = false;
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') seen = false;
      else if (ins.keyword === 'HEALTHCHECK') {
        if (seen) report(ins.line);
        seen = true;
      }
    }
  },
});
