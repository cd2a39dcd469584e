import { testCheck } from '../__fixtures__/pods.js';
import check from './procMount.js';

testCheck(check, {
  valid: ['spec: { containers: [{ name: a, securityContext: { procMount: Default } }] }', '# version: v1.35\nspec: { hostUsers: false, containers: [{ name: a, securityContext: { procMount: Unmasked } }] }'],
  invalid: [{ name: 'no user-namespace relief before v1.35', code: '# version: v1.34\nspec: { hostUsers: false, containers: [{ name: a, securityContext: { procMount: Unmasked } }] }', errors: 1 }],
}, [{ code: 'spec: { containers: [{ name: a, securityContext: { procMount: Unmasked } }] }', message: 'procMount (container "a" must not set securityContext.procMount to "Unmasked")' }]);
