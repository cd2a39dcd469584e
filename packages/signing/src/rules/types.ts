import type { Location, ObjectRef } from '@flightcheck/core';
import type { AttachedArtifact, VerifyVerdict } from '../cosign-output.js';

/** One container image found in a manifest. */
export interface ManifestImage {
  image: string;
  container: string;
  /** containers, initContainers or ephemeralContainers. */
  field: string;
  location: Location;
  object: ObjectRef;
  /** Set for a pod template embedded in a ConfigMap: `data.pod_template_file.yaml`. */
  embeddedIn?: string;
}

/** The images of one manifest file (subject of image-not-pinned). */
export interface ManifestImages {
  file: string;
  images: ManifestImage[];
}

/** What was learnt about one image's signature (subject of the signature rules). */
export interface SignatureSubject {
  /** The reference as written. */
  image: string;
  /** The digest that was verified. */
  digest?: string;
  tag?: string;
  /** What the tag points to in the registry, when the reference has both. */
  tagDigest?: string;
  /** The public key, as it may be printed (path, env://NAME, KMS URI). */
  key: string;
  verdict?: VerifyVerdict;
  /** Signatures and referrers stored for the image (from `cosign tree`). */
  artifacts: AttachedArtifact[];
  location?: Location;
  object?: ObjectRef;
}
