import { describe, expect, it } from 'vitest';
import { renderRuleDoc } from './docs.js';

describe('renderRuleDoc', () => {
  it('renders id, description, severity and messages', () => {
    const doc = renderRuleDoc({ id: 'x-rule', target: 'NetworkPolicy', severity: 'high', docs: { description: 'What it finds.' }, messages: { a: 'found {{it}}' } });
    expect(doc).toContain('# x-rule\n\nWhat it finds.');
    expect(doc).toContain('| Severity | `high` |');
    expect(doc).toContain('- found {{it}}');
  });
});
