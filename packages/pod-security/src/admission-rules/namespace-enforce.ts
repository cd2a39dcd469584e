import { defineRule } from '@flightcheck/core';

/** A namespace that admission would not hold to a Pod Security level. */
export default defineRule<unknown, 'missing' | 'privileged' | 'unpinned', unknown>({
  meta: {
    id: 'namespace-enforce',
    target: 'Namespace',
    severity: 'medium',
    docs: { description: 'Every namespace should enforce a Pod Security level (pod-security.kubernetes.io/enforce) stricter than privileged, pinned to a version.', url: 'https://kubernetes.io/docs/concepts/security/pod-security-admission/' },
    messages: {
      missing: 'namespace {{namespace}} has no pod-security.kubernetes.io/enforce label: admission applies its default ({{policy}}); it could enforce {{could}} today',
      privileged: 'namespace {{namespace}} enforces privileged: admission rejects nothing; it could enforce {{could}} today',
      unpinned: 'namespace {{namespace}} enforces {{level}} at latest: pin pod-security.kubernetes.io/enforce-version (e.g. {{pin}}) so that a cluster upgrade cannot start rejecting pods unannounced',
    },
  },
  check() {},
});
