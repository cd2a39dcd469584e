import { describe, expect, it } from 'vitest';
import { DockerfileParseError, joinContinuations, parseDockerfile, parseExecForm } from './dockerfile.js';

describe('parseDockerfile', () => {
  it('reads instructions with first-line numbers, flags and joined arguments', () => {
    const df = parseDockerfile('FROM --platform=$BUILDPLATFORM debian:12 AS b\nRUN --mount=type=cache,target=/x apt-get update \\\n  # note\n  && apt-get install -y a=1\n');
    const [from, run] = df.instructions;
    expect(from).toMatchObject({ keyword: 'FROM', line: 1, flags: [{ name: 'platform', value: '$BUILDPLATFORM' }], args: 'debian:12 AS b' });
    expect(run).toMatchObject({ keyword: 'RUN', line: 2, endLine: 4, args: 'apt-get update  && apt-get install -y a=1' });
  });
  it('reads flag values as words: quotes removed', () => {
    const [copy, run] = parseDockerfile('COPY --from="build" --chown=\'1000:1000\' /a /b\nRUN --mount=type=cache,target="/root/.cache/pip" true\n').instructions;
    expect(copy!.flags).toEqual([{ name: 'from', value: 'build' }, { name: 'chown', value: '1000:1000' }]);
    expect(run!.flags).toEqual([{ name: 'mount', value: 'type=cache,target=/root/.cache/pip' }]);
  });
  it('keeps comments as instructions, but not parser directives', () => {
    const df = parseDockerfile('# escape=`\n# hadolint ignore=DL3006\nFROM a\nRUN echo a `\n  b\n');
    expect(df.escape).toBe('`');
    expect(df.instructions.map((i) => i.keyword)).toEqual(['COMMENT', 'FROM', 'RUN']);
    expect(df.instructions[0]!.args).toBe(' hadolint ignore=DL3006');
    expect(df.instructions[2]!.args).toBe('echo a  b');
  });
  it('reads exec form and heredocs as hadolint does', () => {
    const df = parseDockerfile('FROM a\nCMD ["a", "b c"]\nRUN <<EOF\napt-get update\nEOF\nRUN cat <<EOT > /x\nhello\nEOT\n');
    expect(df.instructions[1]!.exec).toEqual(['a', 'b c']);
    expect(df.instructions[2]).toMatchObject({ args: 'apt-get update', heredoc: true, line: 3 });
    expect(df.instructions[3]).toMatchObject({ args: 'cat', heredoc: true });
  });
  it('wraps ONBUILD instructions', () => {
    const df = parseDockerfile('FROM a\nONBUILD RUN --mount=type=cache,target=/y apt-get install x\n');
    expect(df.instructions[1]!.inner).toMatchObject({ keyword: 'RUN', line: 2, args: 'apt-get install x', flags: [{ name: 'mount' }] });
  });
  it('throws a parse error (DL1000) for unknown instructions and unterminated heredocs', () => {
    expect(() => parseDockerfile('FROM a\nFOO bar\n')).toThrow(DockerfileParseError);
    expect(() => parseDockerfile('FROM a\nRUN <<EOF\necho\n')).toThrow(/unterminated heredoc/);
    expect(() => parseDockerfile('FROM\n')).toThrow(DockerfileParseError);
  });
  it('parses an empty file to nothing', () => {
    expect(parseDockerfile('').instructions).toEqual([]);
  });
});

describe('helpers', () => {
  it('joins continuations', () => {
    expect(joinContinuations('a \\\nb', '\\')).toBe('a b');
    expect(joinContinuations('a \\\n  b', '\\')).toBe('a  b');
  });
  it('reads exec form only for JSON string arrays', () => {
    expect(parseExecForm('["a"]')).toEqual(['a']);
    expect(parseExecForm('[a]')).toBeUndefined();
    expect(parseExecForm('[1]')).toBeUndefined();
  });
});
