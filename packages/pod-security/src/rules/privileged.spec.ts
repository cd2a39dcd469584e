import { testCheck } from '../__fixtures__/pods.js';
import check from './privileged.js';

testCheck(check, {
  valid: ['spec: { containers: [{ name: a, securityContext: { privileged: false } }, { name: b }] }'],
  invalid: [{ code: 'spec: { ephemeralContainers: [{ name: e, securityContext: { privileged: true } }] }', errors: 1 }],
}, [
  { code: 'spec: { containers: [{ name: a, securityContext: { privileged: true } }], initContainers: [{ name: i, securityContext: { privileged: true } }] }', message: 'privileged (containers "i", "a" must not set securityContext.privileged=true)' },
  { code: 'spec: { containers: [{ name: a, securityContext: { privileged: true } }] }', message: 'privileged (container "a" must not set securityContext.privileged=true)' },
]);
