import { testCheck } from '../__fixtures__/pods.js';
import check from './hostPorts.js';

testCheck(check, {
  valid: ['spec: { containers: [{ name: a, ports: [{ containerPort: 80 }, { containerPort: 81, hostPort: 0 }] }] }'],
  invalid: [{ name: 'hostNetwork defaults hostPort in a Pod', code: 'spec: { hostNetwork: true, containers: [{ name: a, ports: [{ containerPort: 80 }] }] }', errors: 1 }],
}, [
  { code: 'spec: { containers: [{ name: a, ports: [{ containerPort: 1, hostPort: 12345 }] }] }', message: 'hostPort (container "a" uses hostPort 12345)' },
  { code: 'spec: { containers: [{ name: a, ports: [{ hostPort: 9 }] }, { name: b, ports: [{ hostPort: 10 }] }] }', message: 'hostPort (containers "a", "b" use hostPorts 10, 9)' },
]);
