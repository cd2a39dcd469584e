import { dockerRule } from './rule.js';
import { isGitHash, typedLabels } from './labels.js';

/** DL3055: Labels of type `hash` in the label-schema must be git hashes (7 or 40 hex characters). */
export default dockerRule({
  id: 'DL3055',
  level: 'warning',
  description: 'Labels of type `hash` in the label-schema must be git hashes (7 or 40 hex characters).',
  message: 'Label `{{label}}` is not a valid git hash.',
  check({ instructions, report, config }) {
    for (const l of typedLabels(instructions, config.labelSchema, 'hash')) if (!isGitHash(l.value)) report(l.line, { label: l.key });
  },
});
