/** What one `cosign verify` run said, classified from its exit code and output. */
import { jsonNestingLine } from '@flightcheck/core';
export type VerifyVerdict =
  | { kind: 'verified'; signatures: VerifiedSignature[] }
  | { kind: 'missing'; reason: string }
  | { kind: 'mismatch'; reason: string }
  | { kind: 'image-not-found'; reason: string }
  /** cosign could not check at all (registry down, bad public key, …): not a verdict, the check fails closed. */
  | { kind: 'error'; reason: string };

export interface VerifiedSignature {
  /** `cosign container image signature` (legacy .sig) or `https://sigstore.dev/cosign/sign/v1` (bundle). */
  type: string;
  dockerReference: string;
  digest: string;
  format: 'legacy-sig' | 'bundle';
}

/** cosign's documented exit codes (doc/cosign_exit_codes.md). */
export const COSIGN_EXIT = { noSignature: 10, nonExistentTag: 11, noMatchingSignature: 12, noCertificate: 13 } as const;

const MAX_PAYLOADS = 1000;

/** The last `Error: …` line of cosign's stderr, shortened; the whole (bounded) text when there is none. */
export function cosignReason(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const err = [...lines].reverse().find((l) => l.startsWith('Error:'));
  const text = err ? err.slice('Error:'.length).trim() : lines.filter((l) => !l.startsWith('WARNING') && !l.startsWith('Flag --')).slice(-2).join(' | ');
  return (text || 'no output').slice(0, 500);
}

const UNREACHABLE = /connection refused|no such host|i\/o timeout|dial tcp|TLS handshake|context deadline exceeded|server misbehaving|network is unreachable|http: server gave HTTP response/i;
const NOT_FOUND = /MANIFEST_UNKNOWN|NAME_UNKNOWN|manifest unknown|repository name not known/i;
const BAD_KEY = /loading public key|pem to public key|PEM decoding|loading verifier|invalid pem|reading key/i;
const MISMATCH = /no matching (signatures|attestations)|invalid signature|signature mismatch|failed to verify signature|verifying signature/i;

/** Parses verify's stdout (a JSON array of payloads); entries that do not name `digest` are not counted. */
export function parseVerifiedPayloads(stdout: string, digest: string): VerifiedSignature[] {
  const start = stdout.indexOf('[');
  // no payload (nothing is counted as verified): none, or one nested past the bound
  if (start < 0 || jsonNestingLine(stdout) !== undefined) return [];
  let data: unknown;
  try {
    data = JSON.parse(stdout.slice(start).trim().split('\n')[0]!);
  } catch {
    try {
      data = JSON.parse(stdout.slice(start));
    } catch {
      return [];
    }
  }
  if (!Array.isArray(data)) return [];
  const out: VerifiedSignature[] = [];
  for (const item of data.slice(0, MAX_PAYLOADS)) {
    const critical = (item as { critical?: Record<string, any> } | null)?.critical;
    if (!critical || typeof critical !== 'object') continue;
    const d = critical.image?.['docker-manifest-digest'] ?? critical.Image?.['Docker-manifest-digest'];
    if (d !== digest) continue;
    const type = typeof critical.type === 'string' ? critical.type : 'unknown';
    out.push({
      type,
      dockerReference: String(critical.identity?.['docker-reference'] ?? ''),
      digest: d,
      format: type.startsWith('https://sigstore.dev/') ? 'bundle' : 'legacy-sig',
    });
  }
  return out;
}

/** Classifies one `cosign verify` run. */
export function classifyVerify(code: number, stdout: string, stderr: string, digest: string): VerifyVerdict {
  const reason = cosignReason(stderr);
  if (code === 0) {
    const signatures = parseVerifiedPayloads(stdout, digest);
    if (signatures.length) return { kind: 'verified', signatures };
    return { kind: 'error', reason: `cosign exited 0 but printed no signature payload for ${digest}; not treated as verified` };
  }
  if (code === COSIGN_EXIT.noSignature || /no signatures found/i.test(stderr)) return { kind: 'missing', reason };
  if (code === COSIGN_EXIT.nonExistentTag || NOT_FOUND.test(stderr)) return { kind: 'image-not-found', reason };
  if (UNREACHABLE.test(stderr)) return { kind: 'error', reason: `registry unreachable: ${reason}` };
  if (code === COSIGN_EXIT.noMatchingSignature || MISMATCH.test(stderr)) return { kind: 'mismatch', reason };
  if (BAD_KEY.test(stderr)) return { kind: 'error', reason: `public key unusable: ${reason}` };
  return { kind: 'error', reason: `cosign verify failed (exit ${code}): ${reason}` };
}

/** Why `cosign sign` failed, as a sentence a user can act on. */
export function explainSignFailure(code: number, stderr: string): string {
  const reason = cosignReason(stderr);
  if (/decrypt|decryption failed|incorrect password/i.test(stderr)) return 'the private key could not be decrypted: is COSIGN_PASSWORD the key\'s password?';
  if (/invalid pem block|unsupported pem type|reading key|parsing private key/i.test(stderr)) return `the private key could not be read (not a cosign key?): ${reason}`;
  if (UNREACHABLE.test(stderr)) return `registry unreachable: ${reason}`;
  if (NOT_FOUND.test(stderr)) return `the image is not in the registry: ${reason}`;
  if (/not supported with --signing-config|--use-signing-config/i.test(stderr)) return `this cosign rejected the signing flags: ${reason}`;
  return `cosign sign failed (exit ${code}): ${reason}`;
}

/** One artifact `cosign tree` lists for an image: a legacy signature tag or an OCI referrer. */
export interface AttachedArtifact {
  kind: 'signature-tag' | 'referrer' | 'attestation-tag' | 'sbom-tag' | 'other';
  reference: string;
}

/** Parses `cosign tree` (human output; best effort, only used to tell the user what was found). */
export function parseTree(stdout: string): AttachedArtifact[] {
  const out: AttachedArtifact[] = [];
  for (const line of stdout.split('\n').slice(0, 2000)) {
    let m = /Signatures for an image tag:\s*(\S+)/.exec(line);
    if (m) {
      out.push({ kind: 'signature-tag', reference: m[1]! });
      continue;
    }
    m = /artifacts via OCI referrer:\s*(\S+)/.exec(line);
    if (m) {
      out.push({ kind: 'referrer', reference: m[1]! });
      continue;
    }
    m = /Attestations for an image tag:\s*(\S+)/.exec(line);
    if (m) out.push({ kind: 'attestation-tag', reference: m[1]! });
  }
  return out;
}
