// cosign's output as hostile input: verify payloads are counted only when they name the digest, at most 1,000;
// any stdout/stderr/exit code classifies without an exception, with a bounded reason.
import { classifyVerify, cosignReason, parseVerifiedPayloads } from '@flightcheck/signing';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const payload = (fc) => fc.record({ critical: fc.record({ identity: fc.record({ 'docker-reference': fc.string() }), image: fc.record({ 'docker-manifest-digest': fc.constantFrom(DIGEST, `sha256:${'b'.repeat(64)}`, '') }), type: fc.constantFrom('cosign container image signature', 'https://sigstore.dev/cosign/sign/v1', '') }), optional: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: null }) });

export default {
  name: 'cosign',
  about: 'parseVerifiedPayloads counts exactly the payloads naming the digest; classifyVerify and cosignReason never throw',
  arbitrary: (fc) => fc.record({
    payloads: fc.array(payload(fc), { maxLength: 6 }),
    prefix: fc.constantFrom('', 'Verification for x --\n', 'WARNING: y\n'),
    junk: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
    stderr: fc.string({ maxLength: 2000 }),
    code: fc.integer({ min: -1, max: 255 }),
  }),
  check({ payloads, prefix, junk, stderr, code }) {
    const stdout = junk !== undefined ? junk : prefix + JSON.stringify(payloads);
    const got = parseVerifiedPayloads(stdout, DIGEST);
    if (junk === undefined) {
      const want = payloads.filter((p) => p.critical.image['docker-manifest-digest'] === DIGEST).length;
      if (got.length !== want) throw new Error(`counted ${got.length} payloads naming the digest, not ${want}`);
    }
    if (got.some((s) => s.digest !== DIGEST)) throw new Error('a payload for another digest was counted');
    const verdict = classifyVerify(code, stdout, stderr, DIGEST);
    if (!verdict || typeof verdict !== 'object') throw new Error('no verdict');
    if (cosignReason(stderr).length > 500) throw new Error('reason not bounded');
  },
};
