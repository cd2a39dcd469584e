import { dockerRule } from './rule.js';
import { parseExecForm } from '../parser/dockerfile.js';

/** DL3025: Use JSON (exec form) for CMD and ENTRYPOINT. */
export default dockerRule({
  id: 'DL3025',
  level: 'warning',
  description: 'Use JSON (exec form) for CMD and ENTRYPOINT.',
  message: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') {
        if (!ins.exec) report(ins.line);
      } else if (ins.keyword === 'HEALTHCHECK') {
        const m = /^CMD\s+([\s\S]*)$/i.exec(ins.args);
        if (m && !parseExecForm(m[1]!)) report(ins.line);
      }
    }
  },
});
