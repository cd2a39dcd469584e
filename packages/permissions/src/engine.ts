import { createReport, UsageError, type Report, type Result } from '@flightcheck/core';
import { saveImage } from '@flightcheck/oci';
import type { PermissionsOptions } from './options.js';
import { checkRuntime } from './runtime-check.js';
import { checkArchive } from './static-check.js';

export interface PermissionsRequest {
  /** An image reference known to the Docker engine (docker save + optional run-time probe). */
  image?: string;
  /** An image archive (docker save tar or OCI layout tar): static check only. */
  archive?: string;
  /** Also start the image and probe it (needs `image`). */
  runtime?: boolean;
  options: PermissionsOptions;
  log?: (text: string) => void;
}

/**
 * Runs the static check (and the run-time one when asked). Throws a FlightcheckError when the image
 * cannot be read at all (no engine, no such image, corrupt archive): callers fail closed on it.
 */
export async function checkPermissions(req: PermissionsRequest): Promise<Report> {
  const log = req.log ?? (() => {});
  if (!req.image === !req.archive) throw new UsageError('permissions: give exactly one of --image REF or --archive FILE');
  if (req.runtime && !req.image) throw new UsageError('permissions: --runtime needs --image (an archive cannot be started)');
  const results: Result[] = [];
  if (req.archive) {
    results.push(await checkArchive(req.archive, req.archive, req.options));
    return createReport(results);
  }
  const image = req.image!;
  log(`permissions: saving ${image} (docker save) for the static check\n`);
  const saved = await saveImage(image);
  try {
    results.push(await checkArchive(saved.file, image, req.options));
  } finally {
    saved.cleanup();
  }
  if (req.runtime) results.push(await checkRuntime(image, req.options, log));
  return createReport(results);
}
