import { testRule } from '@flightcheck/core/testing';
import { imageNotFound } from './image-not-found.js';
import type { SignatureSubject } from './types.js';

const subject = (code: string): SignatureSubject => JSON.parse(code) as SignatureSubject;
const s = (verdict: unknown) => JSON.stringify({ image: 'r/a', key: 'cosign.pub', artifacts: [], verdict });

testRule(imageNotFound, subject, {
  valid: [s({ kind: 'missing', reason: 'x' }), s({ kind: 'error', reason: 'down' })],
  invalid: [{ code: s({ kind: 'image-not-found', reason: 'MANIFEST_UNKNOWN' }), errors: [{ messageId: 'notFound', data: { image: 'r/a', reason: 'MANIFEST_UNKNOWN' } }] }],
});
