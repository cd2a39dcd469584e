import { describe, expect, it } from 'vitest';
import { readManifestText } from '../manifests.js';
import { at } from './where.js';

describe('at', () => {
  it('locates an object and a path in it', () => {
    const o = readManifestText('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n', 'n.yaml').objects[0]!;
    expect(at(o)).toEqual({ location: { file: 'n.yaml', line: 1 }, object: { apiVersion: 'v1', kind: 'Namespace', name: 'a' } });
    expect(at(o, ['metadata', 'name']).location).toEqual({ file: 'n.yaml', line: 4 });
    expect(at(undefined)).toEqual({});
  });
});
