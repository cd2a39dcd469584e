import type { BuiltinCheck } from './types.js';

export const permissions: BuiltinCheck = {
  key: 'permissions',
  packageName: '@flightcheck/permissions',
  executor: '@flightcheck/permissions:verify',
  appliesTo: 'images',
  description: 'Verify the non-root user (UID/GID 50000, home /opt/airflow) and file permissions of the built image',
  technologies: ['docker'],
  security: true,
  dependsOn: ['image-build'],
  inputs: () => ['{projectRoot}/**/*'],
  options: () => ({}),
};
