import { testCheck } from '../__fixtures__/pods.js';
import check from './hostProbesAndHostLifecycle.js';

testCheck(check, {
  valid: [
    'spec: { containers: [{ name: a, livenessProbe: { httpGet: { port: 80, host: "" } }, lifecycle: { preStop: { tcpSocket: { port: 1 } } } }] }',
    '# version: v1.33\nspec: { containers: [{ name: a, livenessProbe: { httpGet: { port: 80, host: example.com } } }] }',
  ],
  invalid: [{ code: 'spec: { initContainers: [{ name: i, lifecycle: { postStart: { httpGet: { port: 1, host: h } } } }] }', errors: 1 }],
}, [{
  code: 'spec: { containers: [{ name: z, readinessProbe: { tcpSocket: { port: 1, host: h2 } } }, { name: a, startupProbe: { httpGet: { port: 1, host: h1 } }, lifecycle: { preStop: { httpGet: { port: 1, host: h1 } } } }] }',
  message: 'probe or lifecycle host (containers "a", "z" use probe or lifecycle hosts "h1", "h2")',
}]);
