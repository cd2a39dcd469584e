import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { InputError } from './errors.js';

export interface ReadInputOptions {
  maxBytes: number;
  /** Reject content with NUL bytes (binary files). */
  rejectBinary?: boolean;
  /** Reject invalid UTF-8 instead of replacing it. */
  strictUtf8?: boolean;
}

/** Reads a text input file with a size bound and clear errors naming the file. */
export function readTextInput(file: string, opts: ReadInputOptions): string {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`);
  }
  if (st.isDirectory()) throw new InputError(file, 'is a directory, not a file');
  if (!st.isFile()) throw new InputError(file, 'not a regular file');
  if (st.size > opts.maxBytes) throw new InputError(file, `is ${st.size} bytes, over the limit of ${opts.maxBytes}`);
  const buf = readFileSync(file);
  if (opts.rejectBinary && buf.includes(0)) throw new InputError(file, 'is a binary file (contains NUL bytes)');
  if (opts.strictUtf8 && !isUtf8(buf)) throw new InputError(file, 'is not valid UTF-8', invalidUtf8Line(buf));
  return buf.toString('utf8');
}

/** The 1-based line of the first byte that is not UTF-8 (where decoding and encoding back first differ). */
export function invalidUtf8Line(buf: Buffer): number | undefined {
  const back = Buffer.from(buf.toString('utf8'), 'utf8');
  let i = 0;
  while (i < buf.length && i < back.length && buf[i] === back[i]) i++;
  if (i >= buf.length && back.length === buf.length) return undefined;
  let line = 1;
  for (let k = buf.indexOf(10); k !== -1 && k < i; k = buf.indexOf(10, k + 1)) line++;
  return line;
}
