import { InputError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { ManifestError, NestingError } from './errors.js';

describe('errors', () => {
  it('are input errors that name the file and line', () => {
    const e = new NestingError('a.yaml', 'nested too deep', 7);
    expect(e).toBeInstanceOf(ManifestError);
    expect(e).toBeInstanceOf(InputError);
    expect(e).toMatchObject({ file: 'a.yaml', line: 7, reason: 'nested too deep', name: 'NestingError' });
    expect(e.message).toContain('a.yaml');
  });
});
