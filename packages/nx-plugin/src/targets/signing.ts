import type { BuiltinCheck } from './types.js';

/** Where tools/gate.mjs puts the local release (the pinned manifests and the local public key). */
export const LOCAL_RELEASE_DIR = 'dist/flightcheck/local-release';

const COSIGN_VERSION = { runtime: 'cosign version 2>/dev/null | grep -i gitversion || echo no-cosign' };

export const sign: BuiltinCheck = {
  key: 'sign',
  packageName: '@flightcheck/signing',
  executor: '@flightcheck/signing:sign',
  cliCommand: 'sign',
  appliesTo: 'images',
  description: 'Sign the image by digest with cosign (release step: needs the private key; refuses unless image-scan and permissions passed in this run; not part of security)',
  technologies: ['docker', 'cosign'],
  security: false,
  dependsOn: ['image-scan', 'permissions'],
  inputs: () => ['{projectRoot}/**/*', COSIGN_VERSION],
  options: () => ({}),
  extra: { cache: false, outputs: ['{workspaceRoot}/dist/flightcheck/{projectName}/sign.*', '{workspaceRoot}/dist/flightcheck/{projectName}/signature.json'] },
};

// verify-signature belongs to the manifests projects: it checks what would be deployed. Every image a
// project's manifests pin must be pinned by digest and carry a signature that verifies against the
// repository's public key (on a PR the freshly built image is not signed yet: signing happens on main).
// So a manifest change selects only its manifests project under `nx affected`. Not cached: a signature
// can disappear or be altered in the registry without any file of the workspace changing.
export const verifySignature: BuiltinCheck = {
  key: 'verify-signature',
  packageName: '@flightcheck/signing',
  executor: '@flightcheck/signing:verify',
  cliCommand: 'verify-manifests',
  appliesTo: 'manifests',
  description: "Verify that every image the manifests pin is pinned by digest and signed with the repository's cosign key",
  technologies: ['kubernetes', 'cosign'],
  security: true,
  inputs: () => ['{projectRoot}/**/*.yaml', '{projectRoot}/**/*.yml', '{workspaceRoot}/cosign.pub', COSIGN_VERSION],
  options: (p) => ({ mode: 'manifests', manifests: [p.root] }),
  // local profile: tools/gate.mjs signed the locally built image with a key made on this machine and
  // pinned a copy of the manifests to its digest in the registry on 127.0.0.1 (see README "Profiles")
  configurations: (p) => ({
    local: { manifests: [`${LOCAL_RELEASE_DIR}/${p.root}`], publicKey: `${LOCAL_RELEASE_DIR}/cosign.pub`, repositories: ['127.0.0.1:*/**'] },
  }),
  extra: { cache: false },
};
