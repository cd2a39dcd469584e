import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { launcher, scheduler } from './__fixtures__/template.js';
import { executorNamespaceRbac } from './executor-namespace-rbac.js';

testRule(executorNamespaceRbac, parseSubject, {
  valid: [
    { name: 'a Role in the executor namespace', code: scheduler({ extra: launcher('RoleBinding') }) },
    { name: 'no RBAC in the manifests: not judged', code: scheduler({ executorNs: 'elsewhere' }) },
  ],
  invalid: [
    { name: 'executor namespace not covered', code: scheduler({ executorNs: 'tasks', extra: launcher('RoleBinding') }), errors: [{ messageId: 'uncovered', line: 15 }] },
    { name: 'cluster-wide rights for one namespace', code: scheduler({ extra: launcher('ClusterRoleBinding') }), errors: [{ messageId: 'cluster-wide' }] },
  ],
});
