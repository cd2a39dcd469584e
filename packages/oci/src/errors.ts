import { FlightcheckError, InputError } from '@flightcheck/core';

/** The image archive is not a readable `docker save` tar or OCI layout: corrupt, truncated, inconsistent. */
export class ArchiveError extends InputError {}

/** The Docker engine does not answer: says how to start one. */
export class DockerUnavailableError extends FlightcheckError {
  constructor(readonly detail: string) {
    super(
      `the Docker engine is not reachable (${detail.trim().split('\n').slice(-1)[0]?.slice(0, 200) ?? 'no answer'}); ` +
        'start it with `node tools/setup.mjs --only docker` (or `sudo dockerd &`), or set DOCKER_HOST to a running engine',
    );
  }
}

/** The image reference is not known to the engine. */
export class ImageNotFoundError extends FlightcheckError {
  constructor(readonly ref: string) {
    super(`image ${ref} does not exist in the Docker engine: build it first (nx run <project>:image-build) or pass --archive`);
  }
}
