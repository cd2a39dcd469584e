import { describe, expect, it } from 'vitest';
import { renderKubeScoreJson } from './kube-score-json.js';

describe('kube-score-json', () => {
  it('renders JSON v2 with null for no comments and without empty metadata', () => {
    const out = JSON.parse(renderKubeScoreJson([{ key: 'Service/v1//s', apiVersion: 'v1', kind: 'Service', metadata: { name: 's', labels: {}, annotations: {} }, file: '/f.yaml', line: 4, checks: [{ check: { id: 'service-type', name: 'Service Type', targetType: 'Service', comment: 'c', optional: false }, grade: 10, skipped: false, comments: [] }] }]));
    expect(out).toEqual([{ object_name: 'Service/v1//s', type_meta: { kind: 'Service', apiVersion: 'v1' }, object_meta: { name: 's' }, checks: [{ check: { name: 'Service Type', id: 'service-type', target_type: 'Service', comment: 'c', optional: false }, grade: 10, skipped: false, comments: null }], file_name: '/f.yaml', file_row: 4 }]);
  });
});
