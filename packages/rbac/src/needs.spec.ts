import { describe, expect, it } from 'vitest';
import { readRbacConfig } from './needs.js';

describe('readRbacConfig', () => {
  it('reads needs with the namespace defaulting to the ServiceAccount', () => {
    const c = readRbacConfig({ needs: [{ serviceAccount: 'a/s', rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] }, { serviceAccount: 'a/t', namespace: '' }] }, 'f.yaml');
    expect(c.needs).toEqual([
      { namespace: 'a', name: 's', scope: 'a', rules: [{ verbs: ['get'], apiGroups: [''], resources: ['pods'], resourceNames: [], nonResourceURLs: [] }] },
      { namespace: 'a', name: 't', scope: '', rules: [] },
    ]);
    expect(readRbacConfig(undefined, 'f.yaml')).toEqual({});
  });
  it('rejects what the schema does not allow, naming the file and the path', () => {
    expect(() => readRbacConfig({ needs: [{ serviceAccount: 'nonamespace' }] }, 'f.yaml')).toThrow(/f\.yaml: checks\.rbac\.needs\.0\.serviceAccount must match/);
    expect(() => readRbacConfig({ needz: [] }, 'f.yaml')).toThrow(/additional properties \(needz\)/);
    expect(() => readRbacConfig({ needs: [{ serviceAccount: 'a/b', rules: [{ verbs: ['get'] }] }] }, 'f.yaml')).toThrow(/needs apiGroups and resources/);
  });
});
