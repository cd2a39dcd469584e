import { InputError } from '@flightcheck/core';

/** A manifest file that cannot be read as Kubernetes objects: names the file, the line when known, and why. */
export class ManifestError extends InputError {}

/** YAML nested deeper than the bound (MAX_NESTING), or indented or bracketed past what the parsers can take. */
export class NestingError extends ManifestError {}
