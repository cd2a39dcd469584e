import { FlightcheckError, InputError, UsageError } from '@flightcheck/core';

/** An image reference that cannot be used (bad syntax, tag and digest that disagree, no digest). */
export class ImageRefError extends UsageError {
  constructor(
    readonly ref: string,
    readonly reason: string,
  ) {
    super(`image reference "${ref}": ${reason}`);
  }
}

/** A key that cannot be used: missing file, not a PEM key, empty environment variable. Never holds key material. */
export class KeyError extends InputError {}

/** cosign ran but could not sign (wrong password, registry down, …). The message is redacted. */
export class SigningError extends FlightcheckError {}

/** cosign could not check a signature at all (registry down, unusable public key): not a verdict. */
export class VerificationError extends FlightcheckError {}

/** The gate that guards `sign`: the image's scan or permissions check did not pass in this run. */
export class SignRefusedError extends FlightcheckError {
  override readonly exitCode: number = 1;
}

/** The Docker engine or client failed (push, inspect). */
export class DockerError extends FlightcheckError {}
