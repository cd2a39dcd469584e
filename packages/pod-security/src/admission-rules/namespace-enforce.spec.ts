import { describe, expect, it } from 'vitest';
import { DEPLOYMENT, judgeText, NAMESPACE } from '../__fixtures__/judge.js';

const ids = (t: string) => judgeText(t).findings.map((f) => `${f.ruleId}:${f.severity}:${f.message}`);

describe('namespace-enforce', () => {
  it('reports a namespace without an enforce label, with the level it could enforce', () => {
    expect(ids(NAMESPACE({}) + '---\n' + DEPLOYMENT())).toEqual([
      'namespace-enforce:medium:namespace ns has no pod-security.kubernetes.io/enforce label: admission applies its default (privileged:latest); it could enforce restricted:latest today',
    ]);
  });
  it('reports privileged', () => {
    expect(ids(NAMESPACE({ enforce: 'privileged' }) + '---\n' + DEPLOYMENT('ns', '{ privileged: true }'))[0]).toBe(
      'namespace-enforce:medium:namespace ns enforces privileged: admission rejects nothing; it could enforce privileged:latest today',
    );
  });
  it('reports an unpinned version as low, and nothing when pinned', () => {
    expect(ids(NAMESPACE({ enforce: 'restricted' }))).toEqual([
      'namespace-enforce:low:namespace ns enforces restricted at latest: pin pod-security.kubernetes.io/enforce-version (e.g. v1.35) so that a cluster upgrade cannot start rejecting pods unannounced',
    ]);
    expect(ids(NAMESPACE({ enforce: 'restricted', 'enforce-version': 'v1.35' }))).toEqual([]);
  });
});
