import type { RuleMeta } from '@flightcheck/core';

/** The markdown doc of one rule, generated from its meta (docs/rules/<id>.md). */
export function renderRuleDoc(meta: RuleMeta): string {
  const messages = Object.values(meta.messages as Record<string, string>).map((t) => `- ${t}`).join('\n');
  return `<!-- generated from the rule's meta by the network-policy meta-test (UPDATE_DOCS=1); do not edit -->
# ${meta.id}

${meta.docs.description}

| | |
|---|---|
| Target | \`${meta.target}\` |
| Severity | \`${meta.severity}\` |
| Waive | a waiver in flightcheck.waivers.yaml with \`rule: ${meta.id}\` |

## Findings

${messages}
`;
}
