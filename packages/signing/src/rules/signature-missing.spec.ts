import { testRule } from '@flightcheck/core/testing';
import { signatureMissing } from './signature-missing.js';
import type { SignatureSubject } from './types.js';

const subject = (code: string): SignatureSubject => JSON.parse(code) as SignatureSubject;
const s = (verdict: unknown) => JSON.stringify({ image: 'r/a', digest: 'sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', key: 'cosign.pub', artifacts: [], verdict });

testRule(signatureMissing, subject, {
  valid: [s({ kind: 'verified', signatures: [] }), s({ kind: 'mismatch', reason: 'x' }), s(undefined)],
  invalid: [{ code: s({ kind: 'missing', reason: 'no signatures found' }), errors: [{ messageId: 'missing', data: { image: 'r/a (sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)', reason: 'no signatures found' } }] }],
});
