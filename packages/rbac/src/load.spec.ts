import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterRole, clusterRoleBinding, rule, yamlOf } from './__fixtures__/build.js';
import { identityOf } from './engine/authorizer.js';
import { loadRbac } from './load.js';

describe('loadRbac', () => {
  it('loads files into a store and an authorizer, keeping problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-rbac-'));
    writeFileSync(join(dir, 'a.yaml'), yamlOf(clusterRole('c', [rule(['get'], ['nodes'])]), clusterRoleBinding('c', 'ClusterRole:c', ['user:u'])));
    writeFileSync(join(dir, 'b.yaml'), 'a: [\n');
    const l = await loadRbac([dir], '/');
    expect(l.authorizer.allowed(identityOf('u'), { verb: 'get', apiGroup: '', resource: 'nodes', subresource: '', name: '', namespace: '' })).toBe(true);
    expect(l.problems).toHaveLength(1);
  });
});
