import type { BuiltinCheck } from './types.js';

export const permissions: BuiltinCheck = {
  key: 'permissions',
  packageName: '@flightcheck/permissions',
  executor: '@flightcheck/permissions:verify',
  cliCommand: 'permissions',
  appliesTo: 'images',
  description: 'Verify the non-root user (UID/GID 50000, home /opt/airflow) and file permissions of the built image, from its layers and in a running container',
  technologies: ['docker'],
  security: true,
  dependsOn: ['image-build'],
  // the image itself: image-build's image.json names it by id
  inputs: () => ['{projectRoot}/**/*', { dependentTasksOutputFiles: '**/image.json', transitive: false }],
  options: () => ({}),
};
