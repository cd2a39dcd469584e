import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { launcher, scheduler } from './__fixtures__/template.js';
import { multiNamespaceClusterRights } from './multi-namespace-cluster-rights.js';

testRule(multiNamespaceClusterRights, parseSubject, {
  valid: [
    { name: 'single namespace with a ClusterRoleBinding is the other rule\'s', code: scheduler({ extra: launcher('ClusterRoleBinding') }) },
    { name: 'a namespace list with per-namespace Roles', code: scheduler({ multi: true, nsList: 'a,b', extra: `${launcher('RoleBinding', 'a')}\n---\n${launcher('RoleBinding', 'b')}` }) },
  ],
  invalid: [
    { name: 'cluster-wide rights', code: scheduler({ multi: true, nsList: 'a', extra: launcher('ClusterRoleBinding') }), errors: [{ messageId: 'cluster-wide', line: 41 }] },
    { name: 'no namespace list', code: scheduler({ multi: true }), errors: [{ messageId: 'no-list', line: 16 }] },
  ],
});
