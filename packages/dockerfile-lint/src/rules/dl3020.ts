import { dockerRule } from './rule.js';
import { copyArgs, isArchive } from './util.js';

/** DL3020: Use COPY instead of ADD for files and folders. */
export default dockerRule({
  id: 'DL3020',
  level: 'error',
  description: 'Use COPY instead of ADD for files and folders.',
  message: 'Use COPY instead of ADD for files and folders',
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword !== 'ADD' || ins.heredoc) continue;
      const { sources } = copyArgs(ins);
      if (sources.some((s) => !isArchive(s) && !/^https?:\/\//.test(s))) report(ins.line);
    }
  },
});
