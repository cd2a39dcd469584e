import { createReport, defineCommand, definePlugin, type CheckOutcome, type CommandIO, type Report } from '@flightcheck/core';

const timeoutOption = { type: 'number', default: 120, describe: 'seconds each cosign call may take before it is stopped' } as const;
const insecureOption = {
  type: 'string',
  array: true,
  describe: 'a registry host that may be reached over HTTP or without TLS verification (repeatable; loopback registries need none)',
} as const;

interface Common {
  key?: string;
  timeout?: number;
  allowInsecureRegistry?: string[];
  cosign?: string;
}

/** Exit 2 when a check could not run (registry down, …): a usage/input-level failure, not findings. */
function outcome(report: Report): CheckOutcome {
  return report.results.some((r) => r.error) ? { report, exitCode: 2 } : { report };
}

async function settings(args: Common, io: CommandIO) {
  const { findWorkspaceRoot, signingPolicy } = await import('./policy.js');
  const root = findWorkspaceRoot(io.cwd);
  const policy = signingPolicy(root);
  return {
    root,
    policy,
    cosign: {
      cwd: io.cwd,
      env: io.env,
      timeoutSeconds: args.timeout ?? 120,
      insecureRegistries: [...policy.insecureRegistries, ...(args.allowInsecureRegistry ?? [])],
      ...(args.cosign ? { cosignPath: args.cosign } : {}),
    },
  };
}

export default definePlugin({
  name: 'signing',
  commands: [
    defineCommand<Common & { image: string; push: boolean; record?: string; requireReports?: string }>({
      command: 'sign',
      describe: 'Sign an image by digest with cosign (key-based, no transparency log); pushes a local image first if it has no digest',
      builder: (y) =>
        y
          .option('image', { type: 'string', demandOption: true, describe: 'image reference: REPO@sha256:… or a local image REPO:TAG' })
          .option('key', { type: 'string', demandOption: true, describe: 'private key: a file, env://NAME (the variable holds the PEM) or a KMS URI; password from COSIGN_PASSWORD' })
          .option('push', { type: 'boolean', default: true, describe: 'push a local image that has no digest in its repository yet' })
          .option('record', { type: 'string', describe: 'write the signature record (signature.json) to this file' })
          .option('require-reports', { type: 'string', describe: 'refuse unless image-scan.json and permissions.json in this folder passed and are newer than its image.json' })
          .option('allow-insecure-registry', insecureOption)
          .option('cosign', { type: 'string', describe: 'path of the cosign binary (default: $COSIGN_BIN, else PATH)' })
          .option('timeout', timeoutOption),
      async run(args, io) {
        const { signImage } = await import('./sign.js');
        const s = await settings(args, io);
        const { resolve } = await import('node:path');
        if (args.requireReports) {
          const { checkSignPrerequisites } = await import('./gate.js');
          checkSignPrerequisites({ dir: resolve(io.cwd, args.requireReports), failOn: args.failOn ?? s.policy.failOn });
        }
        const record = await signImage({
          ...s.cosign,
          image: args.image,
          key: args.key!,
          push: args.push,
          ...(args.record ? { recordFile: resolve(io.cwd, args.record) } : {}),
          progress: (l) => io.stderr(`flightcheck: ${l}\n`),
        });
        const report = createReport([
          {
            check: 'sign',
            target: record.image,
            engine: 'cosign',
            engineVersion: record.cosign,
            findings: [{ ruleId: 'image-signed', severity: 'info', status: 'pass', message: `signed ${record.image} with ${record.key} (${record.signatures.map((x) => x.reference).join(', ') || 'signature pushed'})`, properties: { ...record } }],
          },
        ]);
        return { report };
      },
    }),
    defineCommand<Common & { image: string }>({
      command: 'verify',
      describe: "Verify an image's cosign signatures against a public key (default: the policy's checks.signing.publicKey, else cosign.pub)",
      builder: (y) =>
        y
          .option('image', { type: 'string', demandOption: true, describe: 'image reference (a digest is verified; a tag is resolved first and reported)' })
          .option('key', { type: 'string', describe: 'public key: a file, env://NAME or a KMS URI' })
          .option('allow-insecure-registry', insecureOption)
          .option('cosign', { type: 'string', describe: 'path of the cosign binary' })
          .option('timeout', timeoutOption),
      async run(args, io) {
        const { verifyImage } = await import('./verify.js');
        const s = await settings(args, io);
        return outcome(await verifyImage({ ...s.cosign, image: args.image, key: args.key ?? s.policy.publicKey }));
      },
    }),
    defineCommand<Common & { paths: string[]; repository?: string[] }>({
      command: 'verify-manifests <paths..>',
      describe: 'Check that every container image in Kubernetes manifests is pinned by digest and, with --key, that its signature verifies',
      builder: (y) =>
        y
          .positional('paths', { type: 'string', array: true, describe: 'manifest files or folders' })
          .option('key', { type: 'string', describe: 'public key: also verify each pinned image\'s signature' })
          .option('repository', { type: 'string', array: true, describe: 'only verify images of these repositories (names or globs; default: checks.signing.repositories, else all)' })
          .option('allow-insecure-registry', insecureOption)
          .option('cosign', { type: 'string', describe: 'path of the cosign binary' })
          .option('timeout', timeoutOption),
      async run(args, io) {
        const { verifyManifests } = await import('./verify-manifests.js');
        const s = await settings(args, io);
        return outcome(await verifyManifests({ ...s.cosign, root: s.root, paths: args.paths, repositories: args.repository ?? s.policy.repositories, ...(args.key ? { key: args.key } : {}) }));
      },
    }),
  ],
});
