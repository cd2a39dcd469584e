import { describe, expect, it } from 'vitest';
import { fernetProblem, weakness } from './secret-values.js';

describe('secret values', () => {
  it('knows empty, default and short values', () => {
    expect(weakness('  ', 16)).toBe('empty');
    expect(weakness('temporary_key', 16)).toBe('default');
    expect(weakness('aaaaaaaaaaaaaaaaaaaaaaaa', 16)).toBe('default');
    expect(weakness('abc123', 16)).toBe('short');
    expect(weakness('p9N2x7QeLr4Vb8Kc1Zt6Wm3Y', 16)).toBeUndefined();
  });

  it('validates Fernet keys, one or several', () => {
    const key = Buffer.alloc(32, 7).toString('base64url') + '=';
    expect(fernetProblem(key)).toBeUndefined();
    expect(fernetProblem(`${key},${key}`)).toBeUndefined();
    expect(fernetProblem('')).toBe('empty');
    expect(fernetProblem('not-a-key')).toBe('invalid');
    expect(fernetProblem('{FERNET_KEY}')).toBe('default');
  });
});
