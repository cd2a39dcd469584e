import { describe, expect, it } from 'vitest';
import { compliance } from './compliance.js';

const p = { name: 'airflow-manifests', root: 'manifests/airflow', kind: 'manifests' as const, workspaceRoot: '/ws' };

describe('compliance target', () => {
  it('audits the project folder, with its YAML and the kube-score version as inputs', () => {
    expect(compliance.appliesTo).toBe('manifests');
    expect(compliance.options(p)).toEqual({ paths: ['manifests/airflow'] });
    expect(compliance.inputs(p)).toContain('{projectRoot}/**/*.yaml');
    expect(compliance.security).toBe(true);
  });
});
