import { dockerRule } from './rule.js';
import { isUri, typedLabels } from './labels.js';

/** DL3052: Labels of type `url` in the label-schema must be valid URLs. */
export default dockerRule({
  id: 'DL3052',
  level: 'warning',
  description: 'Labels of type `url` in the label-schema must be valid URLs.',
  message: 'Label `{{label}}` is not a valid URL.',
  check({ instructions, report, config }) {
    for (const l of typedLabels(instructions, config.labelSchema, 'url')) if (!isUri(l.value)) report(l.line, { label: l.key });
  },
});
