import { describe, expect, it } from 'vitest';
import { FlightcheckError } from '@flightcheck/core';
import { ImageRefError, KeyError, SignRefusedError, SigningError } from './errors.js';

describe('errors', () => {
  it('are FlightcheckErrors with the CLI exit codes', () => {
    expect(new ImageRefError('a', 'b').message).toBe('image reference "a": b');
    expect(new ImageRefError('a', 'b').exitCode).toBe(2);
    expect(new KeyError('k.key', 'no such file').message).toBe('k.key: no such file');
    expect(new SigningError('x')).toBeInstanceOf(FlightcheckError);
    expect(new SignRefusedError('x').exitCode).toBe(1);
    expect(new SignRefusedError('x').name).toBe('SignRefusedError');
  });
});
