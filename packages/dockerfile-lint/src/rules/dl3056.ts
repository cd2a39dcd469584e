import { dockerRule } from './rule.js';
import { isSemver, typedLabels } from './labels.js';

/** DL3056: Labels of type `semver` in the label-schema must be semantic versions. */
export default dockerRule({
  id: 'DL3056',
  level: 'warning',
  description: 'Labels of type `semver` in the label-schema must be semantic versions.',
  message: 'Label `{{label}}` does not conform to semantic versioning.',
  check({ instructions, report, config }) {
    for (const l of typedLabels(instructions, config.labelSchema, 'semver')) if (!isSemver(l.value)) report(l.line, { label: l.key });
  },
});
