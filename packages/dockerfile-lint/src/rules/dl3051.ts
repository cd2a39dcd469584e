import { dockerRule } from './rule.js';
import { labelsOf } from './labels.js';

/** DL3051: Labels of the label-schema must not be empty. */
export default dockerRule({
  id: 'DL3051',
  level: 'warning',
  description: 'Labels of the label-schema must not be empty.',
  message: 'label `{{label}}` is empty.',
  check({ instructions, report, config }) {
    for (const ins of instructions) {
      for (const l of labelsOf(ins)) if (l.key in config.labelSchema && l.value === '') report(ins.line, { label: l.key });
    }
  },
});
