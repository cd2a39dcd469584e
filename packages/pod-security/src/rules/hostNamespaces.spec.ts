import { testCheck } from '../__fixtures__/pods.js';
import check from './hostNamespaces.js';

testCheck(check, {
  valid: ['spec: { containers: [{ name: a }] }', 'spec: { hostNetwork: false, hostPID: false, hostIPC: null }'],
  invalid: [{ code: 'spec: { hostPID: true }', errors: [{ messageId: 'forbidden' }] }],
}, [{ code: 'spec: { hostNetwork: true, hostPID: true, hostIPC: true }', message: 'host namespaces (hostNetwork=true, hostPID=true, hostIPC=true)' }]);
