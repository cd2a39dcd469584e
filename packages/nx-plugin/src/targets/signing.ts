import type { BuiltinCheck } from './types.js';

const COSIGN_VERSION = { runtime: 'cosign version 2>/dev/null | grep -i gitversion || echo no-cosign' };

export const sign: BuiltinCheck = {
  key: 'sign',
  packageName: '@flightcheck/signing',
  executor: '@flightcheck/signing:sign',
  appliesTo: 'images',
  description: 'Sign the image by digest with cosign (release step: needs the private key; refuses unless image-scan and permissions passed in this run; not part of security)',
  technologies: ['docker', 'cosign'],
  security: false,
  dependsOn: ['image-scan', 'permissions'],
  inputs: () => ['{projectRoot}/**/*', COSIGN_VERSION],
  options: () => ({}),
  extra: { cache: false, outputs: ['{workspaceRoot}/dist/flightcheck/{projectName}/sign.*', '{workspaceRoot}/dist/flightcheck/{projectName}/signature.json'] },
};

// On a PR the freshly built image is not signed yet (signing happens on main), so verify-signature checks
// what would be deployed: every image the workspace's manifests pin must be pinned by digest and carry a
// signature that verifies against the repository's public key. Not cached: a signature can disappear or be
// altered in the registry without any file of the workspace changing.
export const verifySignature: BuiltinCheck = {
  key: 'verify-signature',
  packageName: '@flightcheck/signing',
  executor: '@flightcheck/signing:verify',
  appliesTo: 'images',
  description: "Verify that every image the manifests pin is pinned by digest and signed with the repository's cosign key",
  technologies: ['docker', 'cosign'],
  security: true,
  dependsOn: ['image-build'],
  inputs: () => ['{workspaceRoot}/manifests/**/*', '{workspaceRoot}/cosign.pub', COSIGN_VERSION],
  options: () => ({ mode: 'manifests', manifests: ['manifests'] }),
  extra: { cache: false },
};
