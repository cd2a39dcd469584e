import { dockerRule } from './rule.js';

/** DL3061: A Dockerfile must begin with FROM, ARG or a comment. */
export default dockerRule({
  id: 'DL3061',
  level: 'error',
  description: 'A Dockerfile must begin with FROM, ARG or a comment.',
  message: 'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.',
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') return;
      if (ins.keyword !== 'COMMENT' && ins.keyword !== 'ARG') report(ins.line);
    }
  },
});
