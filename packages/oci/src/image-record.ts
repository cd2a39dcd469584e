import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, jsonNestingLine, jsonNestingReason } from '@flightcheck/core';

/**
 * What image-build records in `dist/flightcheck/<project>/image.json` and image-scan, permissions and
 * signing read: which image the build made.
 */
export interface ImageRecord {
  schemaVersion: 1;
  project: string;
  /** The tag the build gave the image (`flightcheck/airflow-image:<rev>`). */
  reference: string;
  /** `sha256:…` image id (config digest). */
  imageId: string;
  /** `name@sha256:…` once pushed. */
  repoDigest?: string;
  dockerfile: string;
  context: string;
  target?: string;
  buildArgs?: Record<string, string>;
  labels?: Record<string, string>;
  /** Image id of each base image (FROM) at build time. */
  baseImages?: Record<string, string>;
  builtAt: string;
}

export function imageRecordPath(root: string, project: string): string {
  return join(root, 'dist', 'flightcheck', project, 'image.json');
}

/** Reads and validates an image.json (hostile: a file on disk); InputError naming it otherwise. */
export function readImageRecord(file: string): ImageRecord {
  if (!existsSync(file)) throw new InputError(file, 'no image record: run the image-build target first (nx run <project>:image-build)');
  let data: Partial<ImageRecord>;
  const text = readFileSync(file, 'utf8').slice(0, 1 << 20);
  const deep = jsonNestingLine(text);
  if (deep !== undefined) throw new InputError(file, jsonNestingReason(), deep);
  try {
    data = JSON.parse(text) as Partial<ImageRecord>;
  } catch (e) {
    throw new InputError(file, `not JSON: ${(e as Error).message}`);
  }
  if (!data || typeof data.reference !== 'string' || typeof data.imageId !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(data.imageId)) {
    throw new InputError(file, 'not an image record (reference and imageId sha256:… expected)');
  }
  return data as ImageRecord;
}
