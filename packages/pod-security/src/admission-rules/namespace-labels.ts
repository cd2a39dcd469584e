import { defineRule } from '@flightcheck/core';

/** A pod-security.kubernetes.io label whose value admission cannot read. */
export default defineRule<unknown, 'invalid', unknown>({
  meta: {
    id: 'namespace-labels',
    target: 'Namespace',
    severity: 'high',
    docs: { description: 'The pod-security.kubernetes.io labels must hold a level (privileged, baseline, restricted) or a version (v1.N, latest); admission reads a bad enforce level as restricted, a bad audit or warn level as privileged and a bad version as latest.', url: 'https://kubernetes.io/docs/concepts/security/pod-security-admission/' },
    messages: { invalid: 'namespace {{namespace}}: label {{label}}="{{value}}" {{reason}}' },
  },
  check() {},
});
