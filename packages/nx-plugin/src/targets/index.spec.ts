import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKS } from './index.js';

const project = { name: 'airflow-image', root: 'images/airflow', kind: 'images' as const, workspaceRoot: '/ws' };

describe('built-in check targets', () => {
  it('cover the targets of the design table with their executors', () => {
    expect(BUILTIN_CHECKS.map((c) => `${c.key}=${c.executor}`)).toEqual([
      'dockerfile-lint=@flightcheck/dockerfile-lint:lint',
      'image-build=@flightcheck/image-build:build',
      'image-scan=@flightcheck/image-scan:scan',
      'permissions=@flightcheck/permissions:verify',
      'sign=@flightcheck/signing:sign',
      'verify-signature=@flightcheck/signing:verify',
      'compliance=@flightcheck/compliance:check',
      'rbac=@flightcheck/rbac:check',
      'pod-security=@flightcheck/pod-security:check',
      'airflow=@flightcheck/airflow:check',
      'network-policy=@flightcheck/network-policy:check',
    ]);
  });
  it('describe themselves and name their inputs', () => {
    for (const c of BUILTIN_CHECKS) {
      expect(c.description.length).toBeGreaterThan(20);
      expect(c.inputs(project).length).toBeGreaterThan(0);
      expect(typeof c.options(project)).toBe('object');
    }
  });
});
