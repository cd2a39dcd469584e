import { describe, expect, it } from 'vitest';
import { describeNode, formatMode } from './format.js';

describe('format', () => {
  it('formats modes in octal with special bits', () => {
    expect(formatMode(0o4755)).toBe('4755');
    expect(formatMode(0o777)).toBe('0777');
  });
  it('names path, owner, mode and layer', () => {
    const text = describeNode('/opt/airflow', { name: 'airflow', type: 'directory', mode: 0o777, uid: 0, gid: 0, size: 0, layer: 3, layerDigest: `sha256:${'ab'.repeat(32)}` });
    expect(text).toBe('/opt/airflow (directory, owner 0:0, mode 0777, layer 3 sha256:abababababab)');
  });
});
