import { describe, expect, it } from 'vitest';
import { imageScan } from './image-scan.js';

const p = { name: 'airflow-image', root: 'images/airflow', kind: 'images' as const, workspaceRoot: '/ws' };

describe('image-scan target', () => {
  it('scans after the build, with the ignore files as inputs', () => {
    expect(imageScan.dependsOn).toEqual(['image-build']);
    expect(imageScan.inputs(p)).toContain('{workspaceRoot}/.trivyignore');
    expect(imageScan.security).toBe(true);
  });
});
