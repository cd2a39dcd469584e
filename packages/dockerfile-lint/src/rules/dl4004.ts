import { dockerRule } from './rule.js';

/** DL4004: A stage should have one ENTRYPOINT. */
export default dockerRule({
  id: 'DL4004',
  level: 'error',
  description: 'A stage should have one ENTRYPOINT.',
  message: 'Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect',
  check({ instructions, report }) {
    let seen = false;
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') seen = false;
      else if (ins.keyword === 'ENTRYPOINT') {
        if (seen) report(ins.line);
        seen = true;
      }
    }
  },
});
