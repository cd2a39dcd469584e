import { describe, expect, it } from 'vitest';
import { isNodeModulesManifest, parseNpmPackageJson } from './npm-package.js';

describe('isNodeModulesManifest', () => {
  it('takes installed packages, scoped and nested, and nothing else', () => {
    expect(isNodeModulesManifest('/app/node_modules/lodash/package.json')).toBe(true);
    expect(isNodeModulesManifest('/app/node_modules/@babel/core/package.json')).toBe(true);
    expect(isNodeModulesManifest('/app/node_modules/a/node_modules/b/package.json')).toBe(true);
    expect(isNodeModulesManifest('/app/package.json')).toBe(false);
    expect(isNodeModulesManifest('/app/node_modules/lodash/fp/package.json')).toBe(false);
    expect(isNodeModulesManifest('/app/node_modules/@babel/package.json')).toBe(false);
  });
});

describe('parseNpmPackageJson', () => {
  it('reads name and version', () => {
    expect(parseNpmPackageJson('{"name":"@babel/core","version":"7.24.0"}', 'f')).toEqual({ pkg: { name: '@babel/core', version: '7.24.0' } });
  });
  it('reports broken manifests naming the file', () => {
    expect(parseNpmPackageJson('{', 'f').problem!.message).toMatch(/not valid JSON/);
    expect(parseNpmPackageJson('{"name":"Bad Name","version":"1"}', 'f').problem!.message).toMatch(/no valid "name"/);
    expect(parseNpmPackageJson('{"name":"x"}', '/n/x/package.json').problem).toEqual({ file: '/n/x/package.json', message: 'npm package x has no "version"; skipped' });
  });
});
