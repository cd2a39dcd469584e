import type { RuleMeta } from '@flightcheck/core';
import { CHECK_NAME } from './engine.js';

/** The markdown page of one rule, generated from its `meta` (docs/rules/<id>.md; the meta-test keeps them equal). */
export function renderRuleDoc(meta: RuleMeta): string {
  const messages = Object.entries(meta.messages as Record<string, string>).map(([id, text]) => `- \`${id}\`: ${text}`);
  return [`# ${meta.id}`, '', meta.docs.description, '', `- Check: \`${CHECK_NAME}\``, `- Severity: ${meta.severity}${meta.optional ? ' (optional rule)' : ''}`, `- Looks at: ${meta.target}`, '', '## Messages', '', ...messages, ''].join('\n');
}
