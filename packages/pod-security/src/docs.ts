import type { Rule } from '@flightcheck/core';
import type { PssCheck } from './engine/check.js';

const isPss = (r: Rule<any, any, any>): r is PssCheck => 'versions' in r;

/** The markdown doc of one rule, generated from its meta (docs/rules/<id>.md). */
export function renderRuleDoc(rule: Rule<any, any, any>): string {
  const m = rule.meta;
  const messages = Object.values(m.messages as Record<string, string>).map((t) => `- ${t}`).join('\n');
  const rows = isPss(rule)
    ? `| Level | \`${rule.level}\` (${rule.level === 'baseline' ? 'baseline and restricted' : 'restricted'}) |
| Versions | ${rule.versions.map((v) => `from v1.${v.min}${v.overrides?.length ? ` (replaces ${v.overrides.map((o) => `\`${o}\``).join(', ')} at restricted)` : ''}`).join('; ')} |
| Fields | ${rule.fields} |`
    : `| Severity | \`${m.severity}\` |`;
  return `<!-- generated from the rule's meta by the pod-security meta-test (UPDATE_DOCS=1); do not edit -->
# ${m.id}

${m.docs.description}

| | |
|---|---|
| Target | \`${m.target}\` |
${rows}

## Findings

${messages}

${isPss(rule) ? 'The message carries the library\'s reason and detail, as `kubectl` prints them, then the container, the field and its line. Under a namespace\'s `enforce` label the finding is high ("rejected at admission by namespace N at restricted/v1.35: …"), under `audit` or `warn` medium.\n\n' : ''}Reference: ${m.docs.url ?? ''}
`;
}
