import { testCheck } from '../__fixtures__/pods.js';
import check from './allowPrivilegeEscalation.js';

testCheck(check, {
  valid: [
    'spec: { containers: [{ name: a, securityContext: { allowPrivilegeEscalation: false } }] }',
    '# version: v1.25\nspec: { os: { name: windows }, containers: [{ name: a }] }',
    '# version: v1.7\nspec: { containers: [{ name: a }] }',
  ],
  invalid: [{ name: 'windows exemption starts at v1.25', code: '# version: v1.24\nspec: { os: { name: windows }, containers: [{ name: a }] }', errors: 1 }],
}, [{
  code: 'spec: { initContainers: [{ name: i }], containers: [{ name: a, securityContext: { allowPrivilegeEscalation: true } }] }',
  message: 'allowPrivilegeEscalation != false (containers "i", "a" must set securityContext.allowPrivilegeEscalation=false)',
}]);
