import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { needLines, readRbacConfig } from './needs.js';

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
  it('knows the lines of each need and rule in the policy file, and names the line of a bad entry', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fc-rbac-needs-')), 'flightcheck.yaml');
    const text = 'failOn: high\nchecks:\n  rbac:\n    needs:\n      - serviceAccount: a/s\n        rules:\n          - {apiGroups: [""], resources: [pods], verbs: [get]}\n          - apiGroups: [""]\n            resources: [pods/log]\n            verbs: [get]\n      - serviceAccount: nonamespace\n';
    writeFileSync(file, text);
    const raw = parse(text).checks.rbac;
    expect(() => readRbacConfig(raw, file, needLines(file))).toThrow(expect.objectContaining({ line: 11 }));
    writeFileSync(file, text.replace('nonamespace', 'a/t'));
    const c = readRbacConfig(parse(text.replace('nonamespace', 'a/t')).checks.rbac, file, needLines(file));
    expect(c.needs!.map((n) => [n.line, n.ruleLines])).toEqual([[5, [7, 8]], [11, []]]);
    expect(needLines(join(file, 'missing'))).toBeUndefined();
  });
});
