import type { Severity } from '@flightcheck/core';

export interface TrivyScanOptions {
  /** Image reference (scanned through the Docker engine) … */
  image?: string;
  /** … or a `docker save` / OCI layout archive (`--input`). */
  archive?: string;
  severities?: Severity[];
  ignoreUnfixed?: boolean;
  /** Air-gapped CI: use the cached database as it is. */
  skipDbUpdate?: boolean;
  cacheDir?: string;
  /** An ignore file for trivy; flightcheck applies `.trivyignore(.yaml)` itself, so this is an empty one. */
  ignoreFile: string;
  /** trivy's own `--timeout` (Go duration), a little under the process timeout. */
  timeout?: string;
  scanners?: string[];
}

const TRIVY_SEVERITY: Record<Severity, string> = { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW', info: 'UNKNOWN' };

/** The `trivy image` command line for a scan (JSON report on stdout). */
export function buildTrivyArgs(o: TrivyScanOptions): string[] {
  if (!o.image === !o.archive) throw new Error('buildTrivyArgs: exactly one of image and archive');
  const args = ['image', '--format', 'json', '--quiet', '--exit-code', '0', '--ignorefile', o.ignoreFile];
  args.push('--scanners', (o.scanners ?? ['vuln', 'secret']).join(','));
  if (o.severities?.length) args.push('--severity', [...new Set(o.severities.map((s) => TRIVY_SEVERITY[s]))].join(','));
  if (o.ignoreUnfixed) args.push('--ignore-unfixed');
  if (o.skipDbUpdate) args.push('--skip-db-update', '--skip-java-db-update', '--offline-scan');
  if (o.cacheDir) args.push('--cache-dir', o.cacheDir);
  if (o.timeout) args.push('--timeout', o.timeout);
  if (o.archive) args.push('--input', o.archive);
  else args.push('--', o.image!);
  return args;
}
