import type { BuiltinCheck } from './types.js';

export const imageScan: BuiltinCheck = {
  key: 'image-scan',
  packageName: '@flightcheck/image-scan',
  executor: '@flightcheck/image-scan:scan',
  cliCommand: 'image-scan',
  appliesTo: 'images',
  description: 'Scan the built image for known vulnerabilities (trivy when installed, else the built-in OSV scanner with a database, else the Debian archive for Debian packages)',
  technologies: ['docker', 'trivy'],
  security: true,
  dependsOn: ['image-build'],
  inputs: () => ['{projectRoot}/**/*', '{workspaceRoot}/.trivyignore', '{workspaceRoot}/.trivyignore.yaml', { env: 'FLIGHTCHECK_OSV_DB' }, { env: 'FLIGHTCHECK_DEBIAN_MIRROR' }, { env: 'FLIGHTCHECK_DEBIAN_SECURITY_MIRROR' },
    // the archive and the databases change without any file here changing: a cached result holds for a day
    { runtime: 'date -u +%F' }, { runtime: 'trivy --version 2>/dev/null | head -1 || echo no-trivy' }],
  options: () => ({}),
};
