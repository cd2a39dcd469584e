import { describe, expect, it } from 'vitest';
import { renderRuleDoc } from './docs.js';

describe('renderRuleDoc', () => {
  it('renders a rule page from its meta', () => {
    const doc = renderRuleDoc({ id: 'jwt', target: 'text', severity: 'high', optional: true, docs: { description: 'JSON Web Tokens committed to the repository' }, messages: { found: 'a JWT ({{hint}})' } });
    expect(doc.split('\n')[0]).toBe('# jwt');
    expect(doc).toContain('JSON Web Tokens committed to the repository');
    expect(doc).toContain('- Severity: high (optional rule)');
    expect(doc).toContain('- `found`: a JWT ({{hint}})');
    expect(doc).toMatch(/- Check: `secrets`/);
  });
});
