import { dockerRule } from './rule.js';
import { isRfc3339, typedLabels } from './labels.js';

/** DL3053: Labels of type `rfc3339` in the label-schema must be RFC 3339 times. */
export default dockerRule({
  id: 'DL3053',
  level: 'warning',
  description: 'Labels of type `rfc3339` in the label-schema must be RFC 3339 times.',
  message: 'Label `{{label}}` is not a valid time format - must conform to RFC3339.',
  check({ instructions, report, config }) {
    for (const l of typedLabels(instructions, config.labelSchema, 'rfc3339')) if (!isRfc3339(l.value)) report(l.line, { label: l.key });
  },
});
