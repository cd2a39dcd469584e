import type { DockerRule } from './rule.js';

/** The markdown doc of a rule, generated from its meta (docs/rules/<id>.md). */
export function ruleDoc(rule: DockerRule): string {
  const m = rule.meta;
  const lines = [
    `# ${m.id}`,
    '',
    m.docs.description,
    '',
    '| | |',
    '|---|---|',
    `| hadolint level | \`${rule.level}\`${rule.level === 'ignore' ? ' (off unless raised with `override`)' : ''} |`,
    `| flightcheck severity | \`${m.severity}\` |`,
    `| also inside ONBUILD | ${rule.onbuild ? 'yes' : 'no'} |`,
    '',
    '## Message',
    '',
    `> ${m.messages.default}`,
    '',
    '## Suppressing',
    '',
    `- for one instruction: \`# hadolint ignore=${m.id}\` on the line above it`,
    `- for a stage: \`# hadolint stage ignore=${m.id}\` directly above its FROM; for the file: \`# hadolint global ignore=${m.id}\``,
    `- everywhere: \`ignored: [${m.id}]\` in \`.hadolint.yaml\`, or a waiver in \`flightcheck.waivers.yaml\``,
    '',
    `Reference: ${m.docs.url}`,
    '',
  ];
  return lines.join('\n');
}
