import type { Rule } from '@flightcheck/core';
import { imageNotFound } from './image-not-found.js';
import { imageNotPinned } from './image-not-pinned.js';
import { imageReferenceConflict } from './image-reference-conflict.js';
import { signatureMismatch } from './signature-mismatch.js';
import { signatureMissing } from './signature-missing.js';
import type { ManifestImages, SignatureSubject } from './types.js';

export { imageNotFound, imageNotPinned, imageReferenceConflict, signatureMismatch, signatureMissing };
export type { ManifestImage, ManifestImages, SignatureSubject } from './types.js';

/** Rules over the images of one manifest file. */
export const MANIFEST_RULES: readonly Rule<ManifestImages, string>[] = [imageNotPinned];
/** Rules over one image's signature check. */
export const SIGNATURE_RULES: readonly Rule<SignatureSubject, string>[] = [imageReferenceConflict, imageNotFound, signatureMissing, signatureMismatch];
/** Every rule of the package (docs, meta-test). */
export const ALL_RULES: readonly Rule<any, string>[] = [...MANIFEST_RULES, ...SIGNATURE_RULES];
/** Id of the pass findings that record a verified signature (not a rule: nothing fails under it). */
export const VERIFIED_ID = 'signature-verified';
