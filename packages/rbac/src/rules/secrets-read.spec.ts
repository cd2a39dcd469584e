import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'secrets-read';

describe(ID, () => {
  it('reports get on Secrets in a namespace, with the path to the legacy token it reads', () => {
    const f = findingsOf(ID, [role('legacy', 'r', [rule(['get'], ['secrets'])]), roleBinding('legacy', 'b', 'Role:r', ['user:dev']), tokenSecret('legacy', 'bot-token', 'bot'), serviceAccount('legacy', 'bot'), CLUSTER_ADMIN, clusterRoleBinding('bot', 'ClusterRole:cluster-admin', ['sa:legacy/bot'])]);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('critical');
    expect(f[0]!.message).toContain('User dev');
    expect(f[0]!.message).toContain('system:serviceaccount:legacy:bot');
    expect(f[0]!.location).toEqual({ file: 'rbac.yaml', line: 7 });
    // the step names the Secret that holds the token, with its place
    expect(f[0]!.message).toContain('→ acts as system:serviceaccount:legacy:bot (Secret legacy/bot-token, rbac.yaml:28, holds its token); system:serviceaccount:legacy:bot holds * * (*)');
  });
  it('reports list cluster-wide as every namespace', () => {
    const f = findingsOf(ID, [clusterRole('r', [rule(['list'], ['secrets'])]), clusterRoleBinding('b', 'ClusterRole:r', ['group:ops'])]);
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('reads Secrets in every namespace')]);
  });
  it('does not report configmaps, or Secrets in another API group', () => {
    expect(findingsOf(ID, [role('a', 'r', [rule(['get', 'list'], ['configmaps']), rule(['get'], ['secrets'], ['example.com'])]), roleBinding('a', 'b', 'Role:r', ['user:dev'])])).toEqual([]);
  });
  it('does not report a need the policy declares', () => {
    const objs = [serviceAccount('a', 'app'), role('a', 'r', [rule(['get'], ['secrets'])]), roleBinding('a', 'b', 'Role:r', ['sa:a/app'])];
    expect(findingsOf(ID, objs)).toHaveLength(1);
    expect(findingsOf(ID, objs, [{ serviceAccount: 'a/app', rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }] }])).toEqual([]);
  });
  it('does not report a get limited by resourceNames to Secrets that hold no token', () => {
    expect(findingsOf(ID, [role('a', 'r', [rule(['get'], ['secrets'], [''], ['db'])]), roleBinding('a', 'b', 'Role:r', ['user:dev'])])).toEqual([]);
  });
});
