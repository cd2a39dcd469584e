import { runRules, type Result } from '@flightcheck/core';
import { openImageArchive } from '@flightcheck/oci';
import type { PermissionsOptions } from './options.js';
import { STATIC_RULES } from './rules/index.js';
import { loadImageSubject } from './subject.js';

export const CHECK = 'permissions';

/**
 * The static check: the image's config and layers from an archive, no container started. Findings for
 * every violation; a check that cannot read the image throws (the caller turns it into Result.error).
 */
export async function checkArchive(file: string, name: string, options: PermissionsOptions): Promise<Result> {
  const archive = await openImageArchive(file);
  const subject = await loadImageSubject(archive, name);
  const findings = runRules(STATIC_RULES, subject, { file: name, options });
  return { check: CHECK, target: name, engine: 'builtin', findings };
}
