import { describe, expect, it } from 'vitest';
import { imageBuild } from './image-build.js';

const p = { name: 'airflow-image', root: 'images/airflow', kind: 'images' as const, workspaceRoot: '/ws' };

describe('image-build target', () => {
  it('builds the project folder and is not itself a security check', () => {
    expect(imageBuild.options(p)).toMatchObject({ context: 'images/airflow', dockerfile: 'images/airflow/Dockerfile' });
    expect(imageBuild.security).toBe(false);
    expect(imageBuild.appliesTo).toBe('images');
  });
});
