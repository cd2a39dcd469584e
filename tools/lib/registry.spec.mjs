import { describe, expect, it } from 'vitest';
import { registryConfig } from './registry.mjs';

describe('registryConfig', () => {
  it('binds the given address and stores under the given directory', () => {
    const text = registryConfig({ host: '127.0.0.1', port: 5123, storageDir: '/tmp/x' });
    expect(text).toContain('addr: "127.0.0.1:5123"');
    expect(text).toContain('rootdirectory: "/tmp/x"');
    expect(text).toMatch(/secret: [0-9a-f]{32}/);
  });
});
