import type { BuiltinCheck } from './types.js';

export const imageScan: BuiltinCheck = {
  key: 'image-scan',
  packageName: '@flightcheck/image-scan',
  executor: '@flightcheck/image-scan:scan',
  cliCommand: 'image-scan',
  appliesTo: 'images',
  description: 'Scan the built image for known vulnerabilities (trivy when installed, the built-in OSV scanner otherwise)',
  technologies: ['docker', 'trivy'],
  security: true,
  dependsOn: ['image-build'],
  inputs: () => ['{projectRoot}/**/*', '{workspaceRoot}/.trivyignore', '{workspaceRoot}/.trivyignore.yaml', { env: 'FLIGHTCHECK_OSV_DB' }, { runtime: 'trivy --version 2>/dev/null | head -1 || echo no-trivy' }],
  options: () => ({}),
};
