import { describe, expect, it } from 'vitest';
import { ImageNotFoundError } from '@flightcheck/oci';
import { checkRuntime } from './runtime-check.js';
import { DEFAULT_OPTIONS } from './options.js';

describe('checkRuntime', () => {
  it('refuses an image the engine does not have, before testcontainers would try to pull it', async () => {
    await expect(checkRuntime('flightcheck-test/not-there:nope', DEFAULT_OPTIONS)).rejects.toBeInstanceOf(ImageNotFoundError);
  });
});
