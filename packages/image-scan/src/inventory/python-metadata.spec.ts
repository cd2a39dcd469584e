import { describe, expect, it } from 'vitest';
import { parsePythonMetadata } from './python-metadata.js';

describe('parsePythonMetadata', () => {
  it('reads Name and Version from the headers only', () => {
    const text = 'Metadata-Version: 2.1\nName: requests\nVersion: 2.31.0\nSummary: Python HTTP for Humans.\n\nName: not-this\nVersion: 0\n';
    expect(parsePythonMetadata(text, 'METADATA')).toEqual({ dist: { name: 'requests', version: '2.31.0' } });
  });
  it('accepts CRLF and any header case', () => {
    expect(parsePythonMetadata('name: Foo_Bar\r\nversion: 1.0\r\n', 'PKG-INFO').dist).toEqual({ name: 'Foo_Bar', version: '1.0' });
  });
  it('names the file when the version or name is missing', () => {
    expect(parsePythonMetadata('Metadata-Version: 2.1\nName: nover\n\nVersion: 1.0', '/x/nover-1.0.dist-info/METADATA')).toEqual({
      problem: { file: '/x/nover-1.0.dist-info/METADATA', message: 'Python package nover has no Version in its metadata; skipped' },
    });
    expect(parsePythonMetadata('Version: 1\n', 'M').problem!.message).toMatch(/no valid Name/);
    expect(parsePythonMetadata('Name: ../../etc\nVersion: 1\n', 'M').problem!.message).toMatch(/no valid Name/);
  });
});
