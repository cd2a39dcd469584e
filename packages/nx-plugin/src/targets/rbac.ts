import type { BuiltinCheck } from './types.js';

export const rbac: BuiltinCheck = {
  key: 'rbac',
  packageName: '@flightcheck/rbac',
  executor: '@flightcheck/rbac:check',
  appliesTo: 'manifests',
  description: 'Effective RBAC permissions of every ServiceAccount, escalation paths, and least privilege against checks.rbac.needs',
  technologies: ['kubernetes', 'rbac'],
  security: true,
  inputs: () => ['{projectRoot}/**/*.yaml', '{projectRoot}/**/*.yml', '{projectRoot}/**/*.json'],
  options: (p) => ({ paths: [p.root] }),
};
