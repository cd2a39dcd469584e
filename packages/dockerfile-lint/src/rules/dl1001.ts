import { dockerRule } from './rule.js';
import { parsePragma } from '../pragmas.js';

/** DL1001: Inline ignore pragmas are not allowed (enable to govern suppressions). */
export default dockerRule({
  id: 'DL1001',
  level: 'ignore',
  description: 'Inline ignore pragmas are not allowed (enable to govern suppressions).',
  message: 'Please refrain from using inline ignore pragmas  `# hadolint ignore=DLxxxx`.',
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword !== 'COMMENT') continue;
      if (parsePragma(ins.args)?.kind === 'ignore') report(ins.line);
    }
  },
});
