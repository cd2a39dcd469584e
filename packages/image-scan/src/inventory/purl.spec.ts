import { describe, expect, it } from 'vitest';
import { debPurl, npmPurl, pypiPurl } from './purl.js';

describe('purls', () => {
  it('builds deb purls with arch and distro', () => {
    expect(debPurl('libc6', '2.36-9+deb12u14', 'amd64', { id: 'debian', versionId: '12' })).toBe('pkg:deb/debian/libc6@2.36-9+deb12u14?arch=amd64&distro=debian-12');
    expect(debPurl('zlib1g', '1:1.2.13.dfsg-1', undefined, undefined)).toBe('pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1');
  });
  it('normalises PyPI names and keeps npm scopes', () => {
    expect(pypiPurl('Foo_Bar', '1.0')).toBe('pkg:pypi/foo-bar@1.0');
    expect(npmPurl('@babel/core', '7.24.0')).toBe('pkg:npm/%40babel/core@7.24.0');
    expect(npmPurl('lodash', '4.17.21')).toBe('pkg:npm/lodash@4.17.21');
  });
});
