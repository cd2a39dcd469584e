import { dockerRule } from './rule.js';

/** DL4003: A stage should have one CMD. */
export default dockerRule({
  id: 'DL4003',
  level: 'warning',
  description: 'A stage should have one CMD.',
  message: 'Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect',
  check({ instructions, report }) {
    let seen = false;
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') seen = false;
      else if (ins.keyword === 'CMD') {
        if (seen) report(ins.line);
        seen = true;
      }
    }
  },
});
