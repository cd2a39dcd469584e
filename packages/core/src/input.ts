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
  if (opts.strictUtf8) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buf);
    } catch {
      throw new InputError(file, 'is not valid UTF-8');
    }
  }
  return buf.toString('utf8');
}
