import { dockerRule } from './rule.js';
import { labelsOf } from './labels.js';

/** DL3050: With strict-labels, only labels of the label-schema are allowed. */
export default dockerRule({
  id: 'DL3050',
  level: 'info',
  description: 'With strict-labels, only labels of the label-schema are allowed.',
  message: 'Superfluous label(s) present.',
  check({ instructions, report, config }) {
    if (!config.strictLabels) return;
    for (const ins of instructions) {
      if (labelsOf(ins).some((l) => !(l.key in config.labelSchema))) report(ins.line);
    }
  },
});
