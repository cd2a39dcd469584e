import { dockerRule } from './rule.js';
import { isSpdx, typedLabels } from './labels.js';

/** DL3054: Labels of type `spdx` in the label-schema must be SPDX license identifiers. */
export default dockerRule({
  id: 'DL3054',
  level: 'warning',
  description: 'Labels of type `spdx` in the label-schema must be SPDX license identifiers.',
  message: 'Label `{{label}}` is not a valid SPDX identifier.',
  check({ instructions, report, config }) {
    for (const l of typedLabels(instructions, config.labelSchema, 'spdx')) if (!isSpdx(l.value)) report(l.line, { label: l.key });
  },
});
