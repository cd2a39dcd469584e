import { describe, expect, it } from 'vitest';
import { normalizeOptions } from './options.js';

describe('normalizeOptions', () => {
  it('defaults to images/ and manifests/ with no renames', () => {
    const o = normalizeOptions(undefined);
    expect(o).toMatchObject({ imagesDir: 'images', manifestsDir: 'manifests', targetNames: {}, checks: [] });
    expect(o.disable.size).toBe(0);
  });
  it('strips trailing slashes and validates custom checks', () => {
    expect(normalizeOptions({ imagesDir: 'docker/' }).imagesDir).toBe('docker');
    expect(() => normalizeOptions({ checks: [{ target: 'x', executor: 'p:e', appliesTo: 'nowhere' as 'images' }] })).toThrow(/appliesTo/);
  });
});
