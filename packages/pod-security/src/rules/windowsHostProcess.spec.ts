import { testCheck } from '../__fixtures__/pods.js';
import check from './windowsHostProcess.js';

testCheck(check, {
  valid: ['spec: { securityContext: { windowsOptions: { hostProcess: false } }, containers: [{ name: a, securityContext: { windowsOptions: { runAsUserName: x } } }] }'],
  invalid: [{ code: 'spec: { containers: [{ name: a, securityContext: { windowsOptions: { hostProcess: true } } }] }', errors: 1 }],
}, [{
  code: 'spec: { securityContext: { windowsOptions: { hostProcess: true } }, containers: [{ name: a, securityContext: { windowsOptions: { hostProcess: true } } }, { name: b, securityContext: { windowsOptions: { hostProcess: true } } }] }',
  message: 'hostProcess (pod and containers "a", "b" must not set securityContext.windowsOptions.hostProcess=true)',
}]);
