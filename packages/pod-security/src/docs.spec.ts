import { describe, expect, it } from 'vitest';
import podTemplate from './admission-rules/pod-template.js';
import { renderRuleDoc } from './docs.js';
import { PSS_CHECKS_BY_ID } from './rules/index.js';

describe('renderRuleDoc', () => {
  it('documents a check with its level, versions and overrides', () => {
    const doc = renderRuleDoc(PSS_CHECKS_BY_ID.get('seccompProfile_restricted')!);
    expect(doc).toMatch(/^# seccompProfile_restricted$/m);
    expect(doc).toContain('| Level | `restricted` (restricted) |');
    expect(doc).toContain('from v1.19 (replaces `seccompProfile_baseline` at restricted); from v1.25');
  });
  it('documents an admission rule with its severity', () => {
    expect(renderRuleDoc(podTemplate)).toContain('| Severity | `high` |');
  });
});
