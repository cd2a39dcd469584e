import type { BuiltinCheck } from './types.js';

export const compliance: BuiltinCheck = {
  key: 'compliance',
  packageName: '@flightcheck/compliance',
  executor: '@flightcheck/compliance:check',
  cliCommand: 'compliance',
  appliesTo: 'manifests',
  description: "Audit the Kubernetes manifests with kube-score's checks (kube-score when installed, the built-in engine otherwise)",
  technologies: ['kubernetes', 'kube-score'],
  security: true,
  inputs: () => ['{projectRoot}/**/*.yaml', '{projectRoot}/**/*.yml', { runtime: 'kube-score version 2>/dev/null || echo no-kube-score' }],
  options: (p) => ({ paths: [p.root] }),
};
