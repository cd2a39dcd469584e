import type { BuiltinCheck } from './types.js';

export const podSecurity: BuiltinCheck = {
  key: 'pod-security',
  packageName: '@flightcheck/pod-security',
  executor: '@flightcheck/pod-security:check',
  appliesTo: 'manifests',
  description: 'Judge the workloads against the Pod Security Standards as admission would (namespace labels and versions, exemptions)',
  technologies: ['kubernetes', 'pod-security-admission'],
  security: true,
  inputs: () => ['{projectRoot}/**/*.yaml', '{projectRoot}/**/*.yml'],
  options: (p) => ({ paths: [p.root] }),
};
