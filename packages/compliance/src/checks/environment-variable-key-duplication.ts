import { defineCheck, isPodHolder } from '../engine/check.js';
import { asRecord, containerName, containersOf } from './helpers/util.js';

export default defineCheck({
  id: 'environment-variable-key-duplication',
  name: 'Environment Variable Key Duplication',
  target: 'Pod',
  description: 'Makes sure that duplicated environment variable keys are not duplicated',
  messages: { duplicate: 'Environment Variable Key Duplication' },
  appliesTo: isPodHolder,
  check(s, ctx) {
    for (const c of containersOf(s)) {
      const seen = new Set<string>();
      for (const e of Array.isArray(c.env) ? c.env : []) {
        const name = String(asRecord(e).name ?? '');
        if (seen.has(name)) {
          ctx.report({ messageId: 'duplicate', properties: { path: `${containerName(c)}.env.${name}` }, resolution: `Environment variable ${name} is set more than once; only the last value takes effect.` });
        }
        seen.add(name);
      }
    }
  },
});
