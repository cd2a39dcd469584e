import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, readTextInput } from '@flightcheck/core';

describe('readTextInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-input-'));
  it('reads a text file', () => {
    writeFileSync(join(dir, 'a'), 'hello');
    expect(readTextInput(join(dir, 'a'), { maxBytes: 10 })).toBe('hello');
  });
  it('names the file and the reason for each bad input', () => {
    expect(() => readTextInput(join(dir, 'missing'), { maxBytes: 10 })).toThrow(/missing: no such file/);
    expect(() => readTextInput(dir, { maxBytes: 10 })).toThrow(/is a directory/);
    writeFileSync(join(dir, 'big'), 'x'.repeat(11));
    expect(() => readTextInput(join(dir, 'big'), { maxBytes: 10 })).toThrow(/over the limit of 10/);
    writeFileSync(join(dir, 'bin'), Buffer.from([0x41, 0, 0x42]));
    expect(() => readTextInput(join(dir, 'bin'), { maxBytes: 10, rejectBinary: true })).toThrow(InputError);
    writeFileSync(join(dir, 'latin1'), Buffer.from([0x66, 0xe9, 0x65]));
    expect(() => readTextInput(join(dir, 'latin1'), { maxBytes: 10, strictUtf8: true })).toThrow(/not valid UTF-8/);
  });
});
