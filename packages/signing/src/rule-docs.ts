import type { RuleMeta } from '@flightcheck/core';

/** The markdown page of a rule, generated from its `meta` (docs/rules/<id>.md). */
export function renderRuleDoc(meta: RuleMeta): string {
  const lines = [
    `# ${meta.id}`,
    '',
    `<!-- generated from packages/signing/src/rules/${meta.id}.ts by rule-docs.spec.ts (FLIGHTCHECK_UPDATE_DOCS=1 rewrites it) -->`,
    '',
    meta.docs.description,
    '',
    `- Severity: ${meta.severity}`,
    `- Looks at: ${meta.target}`,
    `- Check: ${meta.target === 'Pod' ? '`verify-manifests` (and the `verify-signature` target in manifests mode)' : '`verify`, `verify-manifests --key` and the `verify-signature` target'}`,
    ...(meta.optional ? ['- Optional: runs only when enabled'] : []),
    '',
    '## Messages',
    '',
    ...Object.entries(meta.messages).map(([id, text]) => `- \`${id}\`: ${String(text)}`),
    '',
    '## Waiving',
    '',
    `Add a waiver with \`rule: ${meta.id}\`, a \`target\` glob, a \`reason\` and an \`expires\` date to \`flightcheck.waivers.yaml\`.`,
    '',
  ];
  return lines.join('\n');
}
