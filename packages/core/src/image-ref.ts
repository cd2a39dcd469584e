/** The parts of a container image reference as written: `[registry/]path[:tag][@digest]`. */
export interface ImageRefParts {
  /** Everything before the tag and digest, registry included: `ghcr.io/team/app`, `python`. */
  name: string;
  /** The first path component when it names a host (has a `.` or `:`, or is `localhost`). */
  registry?: string;
  /** Text after the last `:` that follows the last `/` (may be empty when written so). */
  tag?: string;
  /** Text after the first `@` (may be empty when written so). */
  digest?: string;
}

/**
 * Splits an image reference into its parts without validating them (callers with stricter needs check
 * the parts): the digest after the first `@`, the tag after a `:` in the last path component, and the
 * registry when the first component looks like a host. Docker Hub's defaults are not filled in.
 */
export function splitImageRef(ref: string): ImageRefParts {
  let name = ref;
  let digest: string | undefined;
  const at = name.indexOf('@');
  if (at >= 0) {
    digest = name.slice(at + 1);
    name = name.slice(0, at);
  }
  let tag: string | undefined;
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
  }
  const parts: ImageRefParts = { name };
  const slash = name.indexOf('/');
  if (slash > 0) {
    const head = name.slice(0, slash);
    if (head.includes('.') || head.includes(':') || head === 'localhost') parts.registry = head;
  }
  if (tag !== undefined) parts.tag = tag;
  if (digest !== undefined) parts.digest = digest;
  return parts;
}
