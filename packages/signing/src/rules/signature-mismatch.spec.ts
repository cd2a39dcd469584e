import { testRule } from '@flightcheck/core/testing';
import { signatureMismatch } from './signature-mismatch.js';
import type { SignatureSubject } from './types.js';

const subject = (code: string): SignatureSubject => JSON.parse(code) as SignatureSubject;
const s = (verdict: unknown, artifacts: unknown[] = []) => JSON.stringify({ image: 'r/a', digest: 'sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', key: 'cosign.pub', artifacts, verdict });

testRule(signatureMismatch, subject, {
  valid: [s({ kind: 'verified', signatures: [] }), s({ kind: 'missing', reason: 'x' })],
  invalid: [
    { code: s({ kind: 'mismatch', reason: 'no matching signatures' }, [{ kind: 'signature-tag', reference: 'r/a:sha256-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.sig' }]), errors: [{ messageId: 'mismatch', data: { image: 'r/a (sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)', key: 'cosign.pub', found: 'found signature-tag r/a:sha256-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.sig', reason: 'no matching signatures' } }] },
    { code: s({ kind: 'mismatch', reason: 'bad' }), errors: 1 },
  ],
});
