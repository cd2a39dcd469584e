import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, invalidUtf8Line, readTextInput } from '@flightcheck/core';

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

describe('invalidUtf8Line', () => {
  it('names the line of the first byte that is not UTF-8, and none for valid text', () => {
    expect(invalidUtf8Line(Buffer.from('a\nbé\n€ 𝄞\n'))).toBeUndefined();
    expect(invalidUtf8Line(Buffer.concat([Buffer.from('a\nb\nc '), Buffer.from([0xc3, 0x28]), Buffer.from('\nd')]))).toBe(3);
    expect(invalidUtf8Line(Buffer.from([0xff]))).toBe(1);
    // a sequence cut short at the end of the file
    expect(invalidUtf8Line(Buffer.concat([Buffer.from('x\n'), Buffer.from([0xe2, 0x82])]))).toBe(2);
    // the replacement character itself, written out, is valid
    expect(invalidUtf8Line(Buffer.from('\ufffd\n'))).toBeUndefined();
  });
  it('readTextInput with strictUtf8 says the file and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-input-'));
    writeFileSync(join(dir, 'm.yaml'), Buffer.concat([Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\n')]));
    expect(() => readTextInput(join(dir, 'm.yaml'), { maxBytes: 1000, strictUtf8: true })).toThrow(`${join(dir, 'm.yaml')}:4: is not valid UTF-8`);
  });
});
