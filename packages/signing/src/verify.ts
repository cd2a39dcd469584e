import { createReport, runRules, type Finding, type Location, type Notice, type ObjectRef, type Report, type Result } from '@flightcheck/core';
import { cosignTree, cosignVerify, describeCosign, openCosign, resolveDigest, type Cosign, type CosignOptions } from './cosign.js';
import type { VerifyVerdict } from './cosign-output.js';
import { byDigest, parseImageRef, type ImageRef } from './image-ref.js';
import { resolveKey, type ResolvedKey } from './keys.js';
import { SIGNATURE_RULES, VERIFIED_ID, type SignatureSubject } from './rules/index.js';

export const VERIFY_CHECK = 'verify-signature';

export interface VerifyOptions extends CosignOptions {
  /** Public key: a file path, env://NAME or a KMS URI. */
  key: string;
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface ImageToVerify {
  image: string;
  location?: Location;
  object?: ObjectRef;
}

/** Verifies one image with an open cosign; a failure to run becomes the result's `error` (fail closed). */
export async function verifyOne(cosign: Cosign, key: ResolvedKey, item: ImageToVerify): Promise<Result> {
  const result: Result = { check: VERIFY_CHECK, target: item.image, engine: 'cosign', engineVersion: describeCosign(cosign), findings: [] };
  const notices: Notice[] = [];
  try {
    const ref: ImageRef = parseImageRef(item.image);
    let digest = ref.digest;
    let tagDigest: string | undefined;
    if (!digest) {
      digest = await resolveDigest(cosign, ref);
      notices.push({ level: 'warning', message: `${item.image} is a tag: verified the digest it points to now, ${digest}; pin the digest` });
    } else if (ref.tag) {
      try {
        tagDigest = await resolveDigest(cosign, ref);
      } catch (e) {
        notices.push({ level: 'warning', message: `could not check that tag "${ref.tag}" still points to ${digest}: ${(e as Error).message}` });
      }
    }
    const pinned: ImageRef = { ...ref, digest };
    const verdict: VerifyVerdict = await cosignVerify(cosign, key, pinned);
    const artifacts = verdict.kind === 'verified' || verdict.kind === 'error' ? [] : await cosignTree(cosign, pinned);
    const subject: SignatureSubject = { image: item.image, digest, key: key.display, verdict, artifacts };
    if (ref.tag) subject.tag = ref.tag;
    if (tagDigest) subject.tagDigest = tagDigest;
    if (item.location) subject.location = item.location;
    if (item.object) subject.object = item.object;
    result.findings = runRules(SIGNATURE_RULES, subject, { file: item.location?.file ?? item.image });
    if (verdict.kind === 'verified') result.findings.push(verifiedFinding(item, byDigest(pinned), key.display, verdict.signatures));
    if (verdict.kind === 'error') result.error = `${byDigest(pinned)}: ${verdict.reason}`;
  } catch (e) {
    result.error = (e as Error).message;
  }
  if (notices.length) result.notices = notices;
  return result;
}

function verifiedFinding(item: ImageToVerify, pinned: string, key: string, signatures: Extract<VerifyVerdict, { kind: 'verified' }>['signatures']): Finding {
  const kinds = [...new Set(signatures.map((s) => (s.format === 'bundle' ? 'Sigstore bundle (OCI referrer)' : 'legacy .sig tag')))].join(', ');
  const f: Finding = {
    ruleId: VERIFIED_ID,
    severity: 'info',
    status: 'pass',
    message: `${pinned}: ${signatures.length} signature(s) verified against ${key} (${kinds}; no transparency log)`,
    properties: { signatures },
  };
  if (item.location) f.location = item.location;
  if (item.object) f.object = item.object;
  return f;
}

/** `flightcheck verify --image REF --key PUBKEY`: throws for what makes the check impossible to start. */
export async function verifyImage(opts: VerifyOptions & { image: string }): Promise<Report> {
  parseImageRef(opts.image);
  const key = resolveKey(opts.key, 'public', { cwd: opts.cwd, env: opts.env });
  const cosign = await openCosign(opts);
  return createReport([await verifyOne(cosign, key, { image: opts.image })]);
}
