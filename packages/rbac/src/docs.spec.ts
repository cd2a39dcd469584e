import { describe, expect, it } from 'vitest';
import { renderRuleDoc } from './docs.js';
import { RULES_BY_ID } from './rules/index.js';

describe('renderRuleDoc', () => {
  it('renders id, description, kind, severity and messages', () => {
    const doc = renderRuleDoc(RULES_BY_ID.get('pod-create')!);
    expect(doc).toContain('# pod-create');
    expect(doc).toContain('| Kind | escalation path |');
    expect(doc).toContain('`critical` when the path reaches cluster-admin');
    expect(doc).toContain('- {{subject}} can escalate');
  });
  it('names the least-privilege rules as needing checks.rbac.needs', () => {
    expect(renderRuleDoc(RULES_BY_ID.get('need-not-granted')!)).toContain('least privilege (needs checks.rbac.needs)');
    expect(renderRuleDoc(RULES_BY_ID.get('aggregation-cycle')!)).toContain('| Kind | input |');
  });
});
