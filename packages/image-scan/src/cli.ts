import { defineCommand, definePlugin, UsageError, type CheckOutcome } from '@flightcheck/core';
import type { Argv } from 'yargs';
import type { RawScanOptions } from './options.js';

function subject(y: Argv): Argv {
  return y
    .option('image', { type: 'string', describe: 'image reference in the local Docker engine' })
    .option('archive', { type: 'string', describe: 'a `docker save` archive or an OCI layout tar instead of --image' })
    .conflicts('image', 'archive');
}

function scanBuilder(y: Argv): Argv {
  return subject(y)
    .option('engine', { type: 'string', choices: ['auto', 'builtin', 'trivy', 'debian-archive'], default: 'auto', describe: 'auto: trivy when on PATH, else the built-in OSV scanner with a database, else debian-archive' })
    .option('debian-mirror', { type: 'string', describe: 'debian-archive: mirror URI of the release and -updates suites (default $FLIGHTCHECK_DEBIAN_MIRROR)' })
    .option('debian-security-mirror', { type: 'string', describe: 'debian-archive: mirror URI of the -security suite (default $FLIGHTCHECK_DEBIAN_SECURITY_MIRROR)' })
    .option('osv-db', { type: 'string', describe: 'folder of OSV records / all.zip dumps (default $FLIGHTCHECK_OSV_DB)' })
    .option('max-db-age', { type: 'number', describe: 'refuse an OSV database older than this many days (default 7)' })
    .option('allow-stale-db', { type: 'boolean', describe: 'use an OSV database older than --max-db-age, with a warning' })
    .option('max-db-bytes', { type: 'number', describe: 'refuse an OSV database holding more JSON than this (default 1 GiB)' })
    .option('severity', { type: 'string', array: true, describe: 'severities to report (critical,high,medium,low,info); default all' })
    .option('ignore-unfixed', { type: 'boolean', describe: 'leave out vulnerabilities without a released fix' })
    .option('ignorefile', { type: 'string', describe: 'a .trivyignore or .trivyignore.yaml (default: the one in the current folder)' })
    .option('skip-db-update', { type: 'boolean', describe: 'trivy: use the cached database as it is (air-gapped CI)' })
    .option('cache-dir', { type: 'string', describe: "trivy: its cache folder (holding db/trivy.db)" })
    .option('timeout', { type: 'number', describe: 'trivy: seconds before the scan is stopped (default 600)' })
    .option('trivy-path', { type: 'string', describe: 'trivy binary (default: trivy on PATH, or $FLIGHTCHECK_TRIVY)' });
}

export default definePlugin({
  name: '@flightcheck/image-scan',
  commands: [
    defineCommand<RawScanOptions>({
      command: 'image-scan',
      describe: 'Scan an image for known vulnerabilities (trivy, or the built-in offline OSV scanner)',
      builder: scanBuilder,
      async run(args, io): Promise<CheckOutcome> {
        const { normalizeScanOptions } = await import('./options.js');
        const { scanImage } = await import('./scan.js');
        const { createReport } = await import('@flightcheck/core');
        const options = normalizeScanOptions(args, io.cwd, io.env);
        const result = await scanImage({ ...options, log: (t) => (args as { verbose?: boolean }).verbose && io.stderr(t) });
        return { report: createReport([result]) };
      },
    }),
    defineCommand<{ image?: string; archive?: string; output?: string }>({
      command: 'sbom',
      describe: "Write an image's inventory (Debian, Python, npm packages) as CycloneDX 1.6 JSON",
      builder: subject,
      async run(args, io): Promise<number> {
        if (!args.image === !args.archive) throw new UsageError('sbom needs exactly one of --image and --archive');
        const { writeSbom } = await import('./sbom/write.js');
        const summary = await writeSbom({ ...(args.image ? { image: args.image } : { archive: args.archive! }), ...(args.output ? { output: args.output } : {}), cwd: io.cwd, stdout: io.stdout });
        io.stderr(summary);
        return 0;
      },
    }),
    defineCommand<{ action?: string; ecosystem?: string[]; out?: string; baseUrl?: string; timeout?: number }>({
      command: 'osv-db <action>',
      describe: 'Manage the offline OSV database of the built-in scanner (`osv-db fetch`)',
      builder: (y) =>
        y
          .positional('action', { type: 'string', choices: ['fetch'] })
          .option('ecosystem', { type: 'string', array: true, describe: 'OSV ecosystem to download (Debian:12, PyPI, npm); repeatable' })
          .option('out', { type: 'string', describe: 'folder to write the dumps and their metadata to' })
          .option('base-url', { type: 'string', describe: 'a mirror of the OSV dumps (default the public OSV bucket)' })
          .option('timeout', { type: 'number', describe: 'seconds per dump before giving up (default 900)' }),
      async run(args, io): Promise<number> {
        if (!args.out) throw new UsageError('osv-db fetch needs --out <dir>');
        const { fetchOsvDatabase } = await import('./osv/fetch.js');
        const meta = await fetchOsvDatabase({
          ecosystems: args.ecosystem ?? [],
          out: args.out,
          ...(args.baseUrl ? { baseUrl: args.baseUrl } : {}),
          ...(args.timeout ? { timeoutMs: args.timeout * 1000 } : {}),
          log: io.stderr,
        });
        io.stdout(`fetched ${meta.ecosystems.map((e) => `${e.ecosystem} (${e.bytes} bytes)`).join(', ')} into ${args.out} at ${meta.fetchedAt}\n`);
        return 0;
      },
    }),
  ],
});
