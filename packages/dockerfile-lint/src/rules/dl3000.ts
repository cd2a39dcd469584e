import { dockerRule } from './rule.js';
import { argWord } from './util.js';

/** DL3000: WORKDIR paths must be absolute. */
export default dockerRule({
  id: 'DL3000',
  level: 'error',
  description: 'WORKDIR paths must be absolute.',
  message: 'Use absolute WORKDIR',
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword !== 'WORKDIR') continue;
      const p = argWord(ins);
      if (!(p.startsWith('/') || p.startsWith('$') || /^[A-Za-z]:/.test(p))) report(ins.line);
    }
  },
});
