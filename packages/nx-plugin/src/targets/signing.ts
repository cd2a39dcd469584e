import type { BuiltinCheck } from './types.js';

export const sign: BuiltinCheck = {
  key: 'sign',
  packageName: '@flightcheck/signing',
  executor: '@flightcheck/signing:sign',
  appliesTo: 'images',
  description: 'Sign the image by digest with cosign (release step: needs the private key; not part of security)',
  technologies: ['docker', 'cosign'],
  security: false,
  dependsOn: ['image-scan', 'permissions'],
  inputs: () => ['{projectRoot}/**/*', { runtime: 'cosign version 2>/dev/null | grep -i gitversion || echo no-cosign' }],
  options: () => ({}),
  extra: { cache: false },
};

export const verifySignature: BuiltinCheck = {
  key: 'verify-signature',
  packageName: '@flightcheck/signing',
  executor: '@flightcheck/signing:verify',
  appliesTo: 'images',
  description: "Verify the image's cosign signature against the public key stored in the repository",
  technologies: ['docker', 'cosign'],
  security: true,
  dependsOn: ['image-build'],
  inputs: () => ['{projectRoot}/**/*', '{workspaceRoot}/cosign.pub', { runtime: 'cosign version 2>/dev/null | grep -i gitversion || echo no-cosign' }],
  options: () => ({}),
};
