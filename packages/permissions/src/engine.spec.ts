import { describe, expect, it } from 'vitest';
import { ImageNotFoundError } from '@flightcheck/oci';
import { checkPermissions } from './engine.js';
import { DEFAULT_OPTIONS } from './options.js';

describe('checkPermissions', () => {
  it('needs exactly one of image and archive, and an image for --runtime', async () => {
    await expect(checkPermissions({ options: DEFAULT_OPTIONS })).rejects.toThrow(/exactly one/);
    await expect(checkPermissions({ archive: 'a.tar', runtime: true, options: DEFAULT_OPTIONS })).rejects.toThrow(/--runtime needs --image/);
  });
  it('names an archive that does not exist', async () => {
    await expect(checkPermissions({ archive: '/nonexistent/a.tar', options: DEFAULT_OPTIONS })).rejects.toThrow('/nonexistent/a.tar: no such file');
  });
  it('says when an image does not exist', async () => {
    await expect(checkPermissions({ image: 'flightcheck-test/does-not-exist:nope', options: DEFAULT_OPTIONS })).rejects.toBeInstanceOf(ImageNotFoundError);
  });
});
