import { defineCommand, definePlugin, UsageError } from '@flightcheck/core';

interface PermissionsArgs {
  image?: string;
  archive?: string;
  uid?: number;
  gid?: number;
  user?: string;
  home?: string;
  runtime?: boolean;
  setuidAllow?: string[];
  allowSystemPackage?: string[];
}

export default definePlugin({
  name: '@flightcheck/permissions',
  commands: [
    defineCommand<PermissionsArgs>({
      command: 'permissions',
      describe: 'Verify the image\'s non-root user (UID/GID, home) and file permissions, from its layers and optionally in a running container',
      builder: (y) =>
        y
          .option('image', { type: 'string', describe: 'image reference in the Docker engine (docker save)' })
          .option('archive', { type: 'string', describe: 'image archive: docker save tar or OCI layout tar' })
          .option('uid', { type: 'number', describe: 'expected UID (default 50000)' })
          .option('gid', { type: 'number', describe: 'expected GID (default 50000)' })
          .option('user', { type: 'string', describe: 'expected user name (default airflow)' })
          .option('home', { type: 'string', describe: 'expected home directory (default /opt/airflow)' })
          .option('runtime', { type: 'boolean', default: false, describe: 'also start the image (testcontainers) and probe it' })
          .option('setuid-allow', { type: 'array', string: true, describe: 'setuid/setgid files allowed (names or absolute paths), replacing the Debian defaults' })
          .option('allow-system-package', { type: 'array', string: true, describe: 'Python distributions allowed in system site-packages (default pip setuptools wheel)' })
          .conflicts('image', 'archive'),
      run: async (args, io) => {
        const { checkPermissions } = await import('./engine.js');
        const { normalizePermissionsOptions, PermissionsOptionError } = await import('./options.js');
        let options;
        try {
          options = normalizePermissionsOptions({ uid: args.uid, gid: args.gid, user: args.user, home: args.home, setuidAllowList: args.setuidAllow, allowedSystemPackages: args.allowSystemPackage });
        } catch (e) {
          if (e instanceof PermissionsOptionError) throw new UsageError(`permissions: ${e.message}`);
          throw e;
        }
        const report = await checkPermissions({ ...(args.image ? { image: args.image } : {}), ...(args.archive ? { archive: args.archive } : {}), runtime: Boolean(args.runtime), options, log: io.stderr });
        return { report };
      },
    }),
  ],
});
