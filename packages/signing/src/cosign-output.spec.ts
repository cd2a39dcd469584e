import { describe, expect, it } from 'vitest';
import { classifyVerify, cosignReason, explainSignFailure, parseTree, parseVerifiedPayloads } from './cosign-output.js';

const D = `sha256:${'e'.repeat(64)}`;
const LEGACY = `[{"critical":{"identity":{"docker-reference":"127.0.0.1:1/a"},"image":{"docker-manifest-digest":"${D}"},"type":"cosign container image signature"},"optional":null}]\n`;
const BUNDLE = `[{"critical":{"identity":{"docker-reference":"127.0.0.1:1/a@${D}"},"image":{"docker-manifest-digest":"${D}"},"type":"https://sigstore.dev/cosign/sign/v1"},"optional":{}}]\n`;
const WARN = 'WARNING: Skipping tlog verification is an insecure practice that lacks transparency and auditability verification for the signature.\n';

describe('classifyVerify (outputs recorded from cosign 2.5.0 and 3.1.1)', () => {
  it('verified: legacy and bundle payloads for the digest', () => {
    expect(classifyVerify(0, LEGACY, WARN, D)).toMatchObject({ kind: 'verified', signatures: [{ format: 'legacy-sig' }] });
    expect(classifyVerify(0, BUNDLE, WARN, D)).toMatchObject({ kind: 'verified', signatures: [{ format: 'bundle' }] });
  });
  it('exit 0 with a payload for another digest is not a pass', () => {
    expect(classifyVerify(0, LEGACY, '', `sha256:${'f'.repeat(64)}`).kind).toBe('error');
    expect(classifyVerify(0, 'garbage', '', D).kind).toBe('error');
  });
  it('maps exit codes and messages', () => {
    expect(classifyVerify(10, '', `${WARN}Error: no signatures found\nerror during command execution: no signatures found\n`, D)).toEqual({ kind: 'missing', reason: 'no signatures found' });
    expect(classifyVerify(12, '', 'Error: no matching signatures: invalid signature when validating ASN.1 encoded signature\n', D).kind).toBe('mismatch');
    expect(classifyVerify(1, '', 'Error: no matching attestations: failed to verify signature: could not verify envelope: accepted signatures do not match threshold, Found: 0, Expected 1\n', D).kind).toBe('mismatch');
    expect(classifyVerify(1, '', 'Error: GET http://127.0.0.1:1/v2/a/manifests/sha256:x: MANIFEST_UNKNOWN: manifest unknown\n', D).kind).toBe('image-not-found');
    const down = classifyVerify(1, '', 'Error: Get "https://127.0.0.1:1/v2/": dial tcp 127.0.0.1:1: connect: connection refused\n', D);
    expect(down).toMatchObject({ kind: 'error' });
    expect(down.kind === 'error' && down.reason).toMatch(/registry unreachable/);
    expect(classifyVerify(1, '', 'Error: loading verifier from key opts: loading public key: pem to public key: PEM decoding failed\n', D)).toMatchObject({ kind: 'error', reason: expect.stringMatching(/public key unusable/) });
    expect(classifyVerify(1, '', 'Error: something new\n', D).kind).toBe('error');
  });
  it('reads the reason from the last Error line', () => {
    expect(cosignReason('Flag --tlog-upload has been deprecated\nError: boom\nerror during command execution: boom')).toBe('boom');
    expect(cosignReason('')).toBe('no output');
  });
  it('parses only payloads for the digest', () => {
    expect(parseVerifiedPayloads(LEGACY + 'trailing', D)).toHaveLength(1);
    expect(parseVerifiedPayloads('[{"critical":null}]', D)).toHaveLength(0);
  });
});

describe('explainSignFailure', () => {
  it('names the cause', () => {
    expect(explainSignFailure(1, 'Error: signing [x]: getting signer: reading key: decrypt: encrypted: decryption failed')).toMatch(/COSIGN_PASSWORD/);
    expect(explainSignFailure(1, 'Error: signing [x]: getting signer: reading key: invalid pem block')).toMatch(/could not be read/);
    expect(explainSignFailure(1, 'Error: dial tcp 127.0.0.1:1: connect: connection refused')).toMatch(/unreachable/);
    expect(explainSignFailure(1, 'Error: --tlog-upload=false is not supported with --signing-config or --use-signing-config.')).toMatch(/rejected the signing flags/);
  });
});

describe('parseTree', () => {
  it('lists legacy signature tags and referrers', () => {
    const out = `📦 Supply Chain Security Related artifacts for an image: r/a:v1\n└── 🔐 Signatures for an image tag: r/a:sha256-${'e'.repeat(64)}.sig\n   └── 🍒 sha256:af\n└── 🔗 https://sigstore.dev/cosign/sign/v1 artifacts via OCI referrer: r/a@sha256:10\n   └── 🍒 sha256:d9\n`;
    expect(parseTree(out)).toEqual([
      { kind: 'signature-tag', reference: `r/a:sha256-${'e'.repeat(64)}.sig` },
      { kind: 'referrer', reference: 'r/a@sha256:10' },
    ]);
  });
});

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
describe('parseVerifiedPayloads nesting bound', () => {
  it('a payload list nested deeper than 200 counts no signature (never verified), and does not crash', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(parseVerifiedPayloads(`[{"critical":{"image":{"docker-manifest-digest":"${digest}"}},"optional":${deep(100_000)}}]`, digest)).toEqual([]);
  });
});
