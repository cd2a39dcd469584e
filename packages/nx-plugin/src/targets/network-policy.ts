import type { BuiltinCheck } from './types.js';

export const networkPolicy: BuiltinCheck = {
  key: 'network-policy',
  packageName: '@flightcheck/network-policy',
  executor: '@flightcheck/network-policy:check',
  appliesTo: 'manifests',
  description: 'Compute who can reach whom from the NetworkPolicies (and admin policies) and hold it against the intent in flightcheck.yaml',
  technologies: ['kubernetes'],
  security: true,
  inputs: () => ['{projectRoot}/**/*.yaml', '{projectRoot}/**/*.yml', '{projectRoot}/**/*.json'],
  options: (p) => ({ paths: [p.root] }),
};
