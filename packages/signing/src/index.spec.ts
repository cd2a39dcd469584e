import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('exports the engines, adapters and rules', () => {
    for (const name of ['signImage', 'verifyImage', 'verifyManifests', 'extractImages', 'parseImageRef', 'resolveKey', 'openCosign', 'checkSignPrerequisites', 'ALL_RULES']) {
      expect(api, name).toHaveProperty(name);
    }
  });
});
