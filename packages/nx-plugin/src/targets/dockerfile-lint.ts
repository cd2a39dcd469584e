import type { BuiltinCheck } from './types.js';

export const dockerfileLint: BuiltinCheck = {
  key: 'dockerfile-lint',
  packageName: '@flightcheck/dockerfile-lint',
  executor: '@flightcheck/dockerfile-lint:lint',
  cliCommand: 'dockerfile-lint',
  appliesTo: 'images',
  description: "Lint the Dockerfile with hadolint's rules (hadolint when installed, the built-in engine otherwise)",
  technologies: ['docker', 'hadolint'],
  security: true,
  inputs: (p) => [
    `{projectRoot}/Dockerfile`,
    `{projectRoot}/.hadolint.yaml`,
    `{projectRoot}/.hadolint.yml`,
    '{workspaceRoot}/.hadolint.yaml',
    '{workspaceRoot}/.hadolint.yml',
    { env: 'HADOLINT_CONFIG' },
    { runtime: 'hadolint --version 2>/dev/null || echo no-hadolint' },
    { runtime: 'shellcheck --version 2>/dev/null | grep ^version || echo no-shellcheck' },
  ],
  options: (p) => ({ dockerfile: `${p.root}/Dockerfile` }),
};
