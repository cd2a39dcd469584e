import { describe, expect, it } from 'vitest';
import { DEPLOYMENT, judgeText, NAMESPACE } from '../__fixtures__/judge.js';

describe('namespace-labels', () => {
  it('reports a malformed value at its line, and judges as admission would (bad enforce = restricted)', () => {
    const { findings } = judgeText(NAMESPACE({ enforce: 'Restricted', 'enforce-version': 'v1.35' }) + '---\n' + DEPLOYMENT('ns', '{ allowPrivilegeEscalation: false }'));
    const label = findings.find((f) => f.ruleId === 'namespace-labels')!;
    expect(label.message).toBe('namespace ns: label pod-security.kubernetes.io/enforce="Restricted" must be one of privileged, baseline, restricted (admission uses restricted)');
    expect(label.location).toEqual({ file: 'm.yaml', line: 6 });
    expect(label.severity).toBe('high');
    expect(findings.find((f) => f.ruleId === 'capabilities_restricted')?.message).toMatch(/^rejected at admission by namespace ns at restricted\/v1.35: unrestricted capabilities/);
  });
  it('reports a malformed version', () => {
    const { findings } = judgeText(NAMESPACE({ enforce: 'baseline', 'enforce-version': '1.30' }));
    expect(findings.map((f) => f.message)).toContain('namespace ns: label pod-security.kubernetes.io/enforce-version="1.30" must be v1.N or latest (admission uses latest)');
  });
});
