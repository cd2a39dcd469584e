import { defineCheck, isAny } from '../engine/check.js';

const VALID = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

export default defineCheck({
  id: 'label-values',
  name: 'Label values',
  target: 'all',
  description: 'Validates label values',
  messages: { invalid: 'Invalid label value' },
  appliesTo: isAny,
  check(s, ctx) {
    for (const [key, value] of Object.entries(s.object.metadata.labels ?? {})) {
      if (VALID.test(value)) continue;
      ctx.report({ messageId: 'invalid', properties: { path: key }, resolution: `The value "${value}" is not a valid label value; Kubernetes rejects it. Use alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric.` });
    }
  },
});
