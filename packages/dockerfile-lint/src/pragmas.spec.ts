import { describe, expect, it } from 'vitest';
import { parsePragma } from './pragmas.js';

describe('parsePragma', () => {
  it('reads inline, global, stage and shell pragmas', () => {
    expect(parsePragma(' hadolint ignore=DL3008,SC2046')).toEqual({ kind: 'ignore', codes: ['DL3008', 'SC2046'] });
    expect(parsePragma(' hadolint ignore = DL3008 , DL3009')).toEqual({ kind: 'ignore', codes: ['DL3008', 'DL3009'] });
    expect(parsePragma(' hadolint global ignore=DL3003')).toEqual({ kind: 'global', codes: ['DL3003'] });
    expect(parsePragma(' hadolint stage ignore=DL3003')).toEqual({ kind: 'stage', codes: ['DL3003'] });
    expect(parsePragma(' hadolint shell=powershell # comment')).toEqual({ kind: 'shell', shell: 'powershell' });
    expect(parsePragma(' hadolint ignore=DL3008 # because')).toEqual({ kind: 'ignore', codes: ['DL3008'] });
  });
  it('rejects invalid pragmas', () => {
    expect(parsePragma(' hadolint ignore=crazy')).toBeUndefined();
    expect(parsePragma(' hadolint ignore=DL3008 trailing')).toBeUndefined();
    expect(parsePragma(' just a comment')).toBeUndefined();
    expect(parsePragma(' hadolintignore=DL3008')).toBeUndefined();
  });
});
