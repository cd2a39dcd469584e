import { dockerRule } from './rule.js';
import { isEmail, typedLabels } from './labels.js';

/** DL3058: Labels of type `email` in the label-schema must be RFC 5322 e-mail addresses. */
export default dockerRule({
  id: 'DL3058',
  level: 'warning',
  description: 'Labels of type `email` in the label-schema must be RFC 5322 e-mail addresses.',
  message: 'Label `{{label}}` is not a valid email format - must conform to RFC5322.',
  check({ instructions, report, config }) {
    for (const l of typedLabels(instructions, config.labelSchema, 'email')) if (!isEmail(l.value)) report(l.line, { label: l.key });
  },
});
