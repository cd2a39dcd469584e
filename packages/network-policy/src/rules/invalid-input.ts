import { defineRule } from '@flightcheck/core';
import type { GateSubject } from '../gate/subject.js';

/** A manifest or policy that cannot be read or is invalid: the connectivity cannot be trusted. */
export default defineRule<GateSubject, 'error'>({
  meta: {
    id: 'invalid-input',
    target: 'NetworkPolicy',
    severity: 'high',
    docs: { description: 'A manifest file that cannot be parsed, or a policy that Kubernetes would reject (invalid CIDR, except outside its CIDR, port out of range, unknown protocol, invalid selector operator...): the check fails closed.' },
    messages: { error: '{{message}}' },
  },
  check(s, ctx) {
    for (const p of s.analysis.problems) {
      const isError = p.level === 'error' || p.unreadable === true;
      if (!isError) continue;
      ctx.report({ messageId: 'error', data: { message: p.message }, ...(p.file ? { location: { file: p.file, ...(p.line ? { line: p.line } : {}) } } : {}), ...(p.object ? { object: p.object } : {}) });
    }
  },
});
