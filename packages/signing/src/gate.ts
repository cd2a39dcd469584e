import { statSync } from 'node:fs';
import { join } from 'node:path';
import { failed, parseReport, readTextInput, type Severity } from '@flightcheck/core';
import { SignRefusedError } from './errors.js';

/** What image-build recorded: the reference it built and, when known, the digest it was pushed under. */
export interface BuiltImage {
  reference: string;
  id?: string;
  /** `repo@sha256:…` entries, when the image was pushed. */
  repoDigests: string[];
  file: string;
}

export const IMAGE_FILE = 'image.json';
export const REQUIRED_CHECKS = ['image-scan', 'permissions'] as const;
const MAX_REPORT_BYTES = 64 << 20;

/** Reads `dist/flightcheck/<project>/image.json` (image-build's record), tolerant of its optional fields. */
export function readBuiltImage(file: string): BuiltImage {
  const text = readTextInput(file, { maxBytes: 1 << 20, rejectBinary: true });
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    throw new SignRefusedError(`${file}: not JSON (${(e as Error).message})`);
  }
  const reference = [data.reference, data.image, data.ref, data.tag].find((v): v is string => typeof v === 'string' && v.length > 0);
  if (!reference) throw new SignRefusedError(`${file}: names no image (a "reference" field is expected)`);
  const repoDigests = [data.repoDigests, data.repoDigest, data.digestReference]
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .filter((v): v is string => typeof v === 'string' && v.includes('@sha256:'));
  return { reference, ...(typeof data.id === 'string' ? { id: data.id } : {}), repoDigests, file };
}

export interface GateOptions {
  /** `dist/flightcheck/<project>`. */
  dir: string;
  /** Report names (targets) that must have passed: default image-scan and permissions. */
  checks?: readonly string[];
  failOn: Severity | 'none';
}

/**
 * The rule that guards signing. Every required check's report (`<dir>/<check>.json`) must:
 * 1. exist and be a flightcheck report with at least one result (an empty report proves nothing);
 * 2. be at least as new as `image.json`, i.e. written by this run after this build (a report left over
 *    from an earlier build of another image does not count);
 * 3. have passed: no result that could not run, and nothing failing at or above the policy's `failOn`
 *    (waivers already applied, as the check's own task wrote it).
 * Any miss refuses signing (exit 1) and names every reason.
 */
export function checkSignPrerequisites(opts: GateOptions): { image: BuiltImage; checked: string[] } {
  const imageFile = join(opts.dir, IMAGE_FILE);
  let imageTime: number;
  try {
    imageTime = statSync(imageFile).mtimeMs;
  } catch {
    throw new SignRefusedError(`refusing to sign: ${imageFile} is missing (run the image-build target first; signing needs to know which build it signs)`);
  }
  const image = readBuiltImage(imageFile);
  const problems: string[] = [];
  const checks = opts.checks ?? REQUIRED_CHECKS;
  for (const check of checks) {
    const file = join(opts.dir, `${check}.json`);
    let mtime: number;
    try {
      mtime = statSync(file).mtimeMs;
    } catch {
      problems.push(`${check}: no report (${file}); the ${check} target must run and pass before signing`);
      continue;
    }
    if (mtime < imageTime) {
      problems.push(`${check}: report is older than the image build (${file} before ${imageFile}); it checked an earlier build`);
      continue;
    }
    let report;
    try {
      report = parseReport(readTextInput(file, { maxBytes: MAX_REPORT_BYTES }), file);
    } catch (e) {
      problems.push(`${check}: ${(e as Error).message}`);
      continue;
    }
    if (!report.results.length) problems.push(`${check}: report has no results`);
    else if (report.results.some((r) => r.error)) problems.push(`${check}: the check could not run (${report.results.find((r) => r.error)!.error})`);
    else if (failed(report, opts.failOn)) problems.push(`${check}: did not pass (findings at or above ${opts.failOn})`);
  }
  if (problems.length) throw new SignRefusedError(`refusing to sign ${image.reference}:\n  - ${problems.join('\n  - ')}`);
  return { image, checked: [...checks] };
}
