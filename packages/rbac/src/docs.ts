import type { Rule } from '@flightcheck/core';
import { ESCALATION_KINDS } from './engine/escalation.js';

const GROUPS: [string, (id: string) => boolean][] = [
  ['escalation path', (id) => (ESCALATION_KINDS as readonly string[]).includes(id)],
  ['binding', (id) => ['cluster-admin-binding', 'public-group-binding', 'wildcard-permission'].includes(id)],
  ['least privilege (needs checks.rbac.needs)', (id) => ['permission-beyond-need', 'need-not-granted', 'token-automount-unneeded'].includes(id)],
];

/** The markdown doc of one rule, generated from its meta (docs/rules/<id>.md). */
export function renderRuleDoc(rule: Rule<any, string>): string {
  const m = rule.meta;
  const group = GROUPS.find(([, f]) => f(m.id))?.[0] ?? 'input';
  const messages = Object.values(m.messages as Record<string, string>).map((t) => `- ${t}`).join('\n');
  return `<!-- generated from the rule's meta by the rbac meta-test (UPDATE_DOCS=1); do not edit -->
# ${m.id}

${m.docs.description}

| | |
|---|---|
| Check | \`rbac\` (\`flightcheck rbac PATHS\`, target \`rbac\`) |
| Kind | ${group} |
| Severity | \`${m.severity}\`${group === 'escalation path' ? ' (`critical` when the path reaches cluster-admin)' : ''} |
| Waive | a waiver with \`rule: ${m.id}\` in flightcheck.waivers.yaml |

## Findings

${messages}
`;
}
