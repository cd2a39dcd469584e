import type { KubeCheck } from './engine/check.js';

/** The markdown doc of one check, generated from its meta (docs/rules/<id>.md). */
export function renderCheckDoc(check: KubeCheck): string {
  const m = check.meta;
  const messages = Object.values(m.messages as Record<string, string>).map((t) => `- ${t}`).join('\n');
  return `<!-- generated from the check's meta by the compliance meta-test (UPDATE_DOCS=1); do not edit -->
# ${m.id}

**${check.name}** — ${m.docs.description}

| | |
|---|---|
| Target | \`${m.target}\` |
| Default | ${m.optional ? 'no (optional: \`--enable-optional-test ' + m.id + '\` or the \`kube-score/enable\` annotation)' : 'yes'} |
| Grades | CRITICAL → severity \`high\`, WARNING → \`medium\`, ALMOST_OK → \`low\` |
| Ignore | \`kube-score/ignore: ${m.id}\` annotation, or \`--ignore-test ${m.id}\` |

## Findings

${messages}

Reference: ${m.docs.url ?? ''}
`;
}
