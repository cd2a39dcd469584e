import { describe, expect, it } from 'vitest';
import { rbac } from './rbac.js';

const p = { name: 'airflow-manifests', root: 'manifests/airflow', kind: 'manifests' as const, workspaceRoot: '/ws' };

describe('rbac target', () => {
  it('checks the manifests project folder, reading its YAML, as part of security', () => {
    expect(rbac.appliesTo).toBe('manifests');
    expect(rbac.executor).toBe('@flightcheck/rbac:check');
    expect(rbac.options(p)).toEqual({ paths: ['manifests/airflow'] });
    expect(rbac.inputs(p)).toContain('{projectRoot}/**/*.yaml');
    expect(rbac.security).toBe(true);
  });
});
