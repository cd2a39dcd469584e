import { testCheck } from '../__fixtures__/pods.js';
import check from './runAsUser.js';

testCheck(check, {
  valid: ['spec: { securityContext: { runAsUser: 50000 }, containers: [{ name: a }] }', '# version: v1.22\nspec: { securityContext: { runAsUser: 0 } }', '# version: v1.35\nspec: { hostUsers: false, securityContext: { runAsUser: 0 } }'],
  invalid: [{ code: '# version: v1.23\nspec: { containers: [{ name: a, securityContext: { runAsUser: 0 } }] }', errors: 1 }],
}, [{ code: 'spec: { securityContext: { runAsUser: 0 }, containers: [{ name: a, securityContext: { runAsUser: 0 } }] }', message: 'runAsUser=0 (pod and container "a" must not set runAsUser=0)' }]);
