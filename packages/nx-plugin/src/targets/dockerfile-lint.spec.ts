import { describe, expect, it } from 'vitest';
import { dockerfileLint } from './dockerfile-lint.js';

const p = { name: 'airflow-image', root: 'images/airflow', kind: 'images' as const, workspaceRoot: '/ws' };

describe('dockerfile-lint target', () => {
  it('lints the project Dockerfile with hadolint config files and tool versions as inputs', () => {
    expect(dockerfileLint.options(p)).toEqual({ dockerfile: 'images/airflow/Dockerfile' });
    const inputs = dockerfileLint.inputs(p);
    expect(inputs).toContain('{projectRoot}/Dockerfile');
    expect(inputs).toContain('{workspaceRoot}/.hadolint.yaml');
    expect(inputs).toContainEqual({ runtime: 'hadolint --version 2>/dev/null || echo no-hadolint' });
    expect(dockerfileLint.security).toBe(true);
  });
});
