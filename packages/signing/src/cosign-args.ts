import { SigningError } from './errors.js';
import { registryHost, type ImageRef } from './image-ref.js';

/**
 * What a cosign binary offers, read from `cosign sign --help` and `cosign verify --help` (Debian's builds
 * print `GitVersion: devel`, so the version string cannot tell 2.x from 3.x; the flags can).
 */
export interface CosignCapabilities {
  /** `--use-signing-config` (2.6+, default true in 3.x): must be turned off to sign without a log. */
  signingConfig: boolean;
  /** `--tlog-upload` is listed (2.x; hidden but still accepted in 3.x). */
  tlogUploadListed: boolean;
  /** `-y/--yes` on sign. */
  yes: boolean;
  /** `--allow-http-registry` / `--allow-insecure-registry` on sign and verify. */
  allowHttpRegistry: boolean;
  allowInsecureRegistry: boolean;
  /** `--insecure-ignore-tlog` on verify (2.x and 3.x). */
  ignoreTlog: boolean;
  /** `--use-signed-timestamps` on verify. */
  signedTimestamps: boolean;
  /** Label for reports: `cosign 3.x flags (signing config)` or `cosign 2.x flags`. */
  flavor: string;
}

function offers(help: string, flag: string): boolean {
  // a flag's own line (`    --tlog-upload=true:` / `    -y, --yes=false:`), not a usage example mentioning it
  return new RegExp(`^\\s*(?:-\\w,\\s*)?${flag.replace(/-/g, '\\-')}[=\\s:]`, 'm').test(help);
}

/** Reads the capabilities from the two help texts. */
export function parseCapabilities(signHelp: string, verifyHelp: string): CosignCapabilities {
  const signingConfig = offers(signHelp, '--use-signing-config');
  const tlogUploadListed = offers(signHelp, '--tlog-upload');
  return {
    signingConfig,
    tlogUploadListed,
    yes: offers(signHelp, '--yes'),
    allowHttpRegistry: offers(signHelp, '--allow-http-registry') && offers(verifyHelp, '--allow-http-registry'),
    allowInsecureRegistry: offers(signHelp, '--allow-insecure-registry') && offers(verifyHelp, '--allow-insecure-registry'),
    ignoreTlog: offers(verifyHelp, '--insecure-ignore-tlog'),
    signedTimestamps: offers(verifyHelp, '--use-signed-timestamps'),
    flavor: signingConfig ? 'signing-config flags (cosign 3.x or 2.6+)' : 'legacy flags (cosign 2.x)',
  };
}

export interface RegistryOptions {
  /** Registry hosts (host or host:port) that may be reached over plain HTTP / without TLS verification. */
  insecureRegistries?: readonly string[];
}

/**
 * `--allow-insecure-registry --allow-http-registry` only for a registry the user listed. Loopback
 * registries (localhost, 127.0.0.0/8, ::1) need no flag: cosign's registry client already falls back to
 * HTTP for them. Nothing is ever added for a registry that is not listed.
 */
export function registryFlags(ref: ImageRef, caps: CosignCapabilities, opts: RegistryOptions = {}): string[] {
  const listed = (opts.insecureRegistries ?? []).some((h) => h.toLowerCase() === ref.registry.toLowerCase() || h.toLowerCase() === registryHost(ref.registry));
  if (!listed) return [];
  const flags: string[] = [];
  if (caps.allowInsecureRegistry) flags.push('--allow-insecure-registry=true');
  if (caps.allowHttpRegistry) flags.push('--allow-http-registry=true');
  return flags;
}

/** The flags that keep `cosign sign` away from any transparency log, signing config or network service. */
export function noTlogSignFlags(caps: CosignCapabilities): string[] {
  // 3.x: --tlog-upload=false alone is rejected while --use-signing-config is on (its default).
  if (caps.signingConfig) return ['--use-signing-config=false', '--tlog-upload=false'];
  if (caps.tlogUploadListed) return ['--tlog-upload=false'];
  throw new SigningError('this cosign offers neither --tlog-upload nor --use-signing-config: it cannot be told to sign without a transparency log; use cosign 2.x or 3.x');
}

export interface CosignCallOptions extends RegistryOptions {
  /** cosign's own `--timeout` (seconds); the process is also killed by the runner's timeout. */
  timeoutSeconds: number;
}

/** `cosign sign` arguments: key-based, no transparency log, by digest. The key is a path/URI, never PEM. */
export function buildSignArgs(keyArg: string, image: ImageRef, caps: CosignCapabilities, opts: CosignCallOptions): string[] {
  if (!image.digest) throw new SigningError(`refusing to sign ${image.original}: not a digest reference (sign by digest, never by tag)`);
  return [
    'sign',
    '--key',
    keyArg,
    ...noTlogSignFlags(caps),
    ...(caps.yes ? ['--yes'] : []),
    ...registryFlags(image, caps, opts),
    `--timeout=${opts.timeoutSeconds}s`,
    `${image.registry}/${image.repository}@${image.digest}`,
  ];
}

/** `cosign verify` arguments: key-based, no transparency log, no signed timestamps, JSON payloads on stdout. */
export function buildVerifyArgs(keyArg: string, image: ImageRef, caps: CosignCapabilities, opts: CosignCallOptions): string[] {
  if (!image.digest) throw new SigningError(`refusing to verify ${image.original} by tag: resolve it to a digest first`);
  if (!caps.ignoreTlog) throw new SigningError('this cosign has no --insecure-ignore-tlog on verify: it cannot verify key-based signatures made without a transparency log');
  return [
    'verify',
    '--key',
    keyArg,
    '--insecure-ignore-tlog=true',
    ...(caps.signedTimestamps ? ['--use-signed-timestamps=false'] : []),
    '--output=json',
    ...registryFlags(image, caps, opts),
    `--timeout=${opts.timeoutSeconds}s`,
    `${image.registry}/${image.repository}@${image.digest}`,
  ];
}
