import { testRule } from '@flightcheck/core/testing';
import { imageReferenceConflict } from './image-reference-conflict.js';
import type { SignatureSubject } from './types.js';

const subject = (code: string): SignatureSubject => JSON.parse(code) as SignatureSubject;
const D = 'sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const E = 'sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const s = (o: object) => JSON.stringify({ image: 'r/a:1@' + D, key: 'k', artifacts: [], ...o });

testRule(imageReferenceConflict, subject, {
  valid: [s({ tag: '1', digest: D, tagDigest: D }), s({ digest: D }), s({ tag: '1', digest: D })],
  invalid: [{ code: s({ tag: '1', digest: D, tagDigest: E }), errors: [{ messageId: 'conflict', data: { image: 'r/a:1@' + D, tag: '1', tagDigest: E, digest: D } }] }],
});
