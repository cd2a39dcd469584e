import { describe, expect, it } from 'vitest';
import { analyze, clusterRole, clusterRoleBinding, rule, urlRule } from './__fixtures__/build.js';
import { answerBatch, parseBatchLine, parseRequest } from './query.js';

describe('parseRequest', () => {
  it('splits RESOURCE.GROUP/SUB and non-resource paths', () => {
    expect(parseRequest('get', 'deployments.apps/scale', 'web', 'a')).toEqual({ verb: 'get', apiGroup: 'apps', resource: 'deployments', subresource: 'scale', name: 'web', namespace: 'a' });
    expect(parseRequest('get', 'ingresses.networking.k8s.io', '', '')).toMatchObject({ resource: 'ingresses', apiGroup: 'networking.k8s.io' });
    expect(parseRequest('get', '/healthz', '', '')).toEqual({ verb: 'get', path: '/healthz' });
    expect(() => parseRequest('get', '', '', '')).toThrow(/RESOURCE/);
  });
});

describe('batch', () => {
  it('reads queries, ignores lines that are not objects, and answers each', () => {
    const { auth } = analyze([clusterRole('c', [rule(['get'], ['pods']), urlRule(['get'], ['/metrics'])]), clusterRoleBinding('c', 'ClusterRole:c', ['user:u'])]);
    expect(parseBatchLine('not json')).toBeUndefined();
    expect(parseBatchLine('[1]')).toBeUndefined();
    const text = ['{"id":1,"user":"u","verb":"get","resource":"pods","namespace":"a"}', 'junk', '{"id":"2","user":"v","verb":"get","resource":"pods"}', '{"id":3,"user":"u","verb":"get","nonResourceURL":"/metrics","namespace":"x"}'].join('\n');
    expect(answerBatch(auth, text).trim().split('\n').map((l) => JSON.parse(l))).toEqual([{ id: 1, allowed: true }, { id: '2', allowed: false }, { id: 3, allowed: true }]);
  });
});
