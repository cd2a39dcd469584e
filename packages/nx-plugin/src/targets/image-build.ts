import type { BuiltinCheck } from './types.js';

export const imageBuild: BuiltinCheck = {
  key: 'image-build',
  packageName: '@flightcheck/image-build',
  executor: '@flightcheck/image-build:build',
  appliesTo: 'images',
  description: 'Build the image with the Docker engine and record its reference, id and digest',
  technologies: ['docker'],
  security: false,
  inputs: () => ['{projectRoot}/**/*', { runtime: 'docker version --format "{{.Server.Version}}" 2>/dev/null || echo no-docker' }],
  options: (p) => ({ context: p.root, dockerfile: `${p.root}/Dockerfile` }),
};
