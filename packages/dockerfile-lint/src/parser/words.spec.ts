import { describe, expect, it } from 'vitest';
import { splitWords, unquoteWord } from './words.js';

describe('splitWords', () => {
  it('joins quoted parts to the unquoted text beside them', () => {
    expect(splitWords('"${HOME}"/README.ipynb /dst/')).toEqual(['${HOME}/README.ipynb', '/dst/']);
    expect(splitWords("pre'fix'\"mid\"post x")).toEqual(['prefixmidpost', 'x']);
    expect(splitWords('/opt/"my app"/bin /usr/')).toEqual(['/opt/my app/bin', '/usr/']);
  });
  it('keeps whitespace inside quotes and splits on unquoted whitespace only', () => {
    expect(splitWords('a "b c" \'d e\'\tf')).toEqual(['a', 'b c', 'd e', 'f']);
    expect(splitWords('  a   b  ')).toEqual(['a', 'b']);
    expect(splitWords('')).toEqual([]);
  });
  it('applies the escape character outside quotes and inside double quotes only', () => {
    expect(splitWords('my\\ file /x')).toEqual(['my file', '/x']);
    expect(splitWords('"a\\"b" \'c\\d\'')).toEqual(['a"b', 'c\\d']);
    expect(splitWords('"\\$HOME" "\\n"')).toEqual(['$HOME', '\\n']);
    expect(splitWords('end\\')).toEqual(['end\\']);
    expect(splitWords('a\\\\b \\"q\\"')).toEqual(['a\\b', '"q"']);
  });
  it('keeps the escape character in paths, as hadolint does (Windows paths without # escape=)', () => {
    expect(splitWords('build\\foo\\bar.tar.gz "C:\\Program Files\\Foo"')).toEqual(['build\\foo\\bar.tar.gz', 'C:\\Program Files\\Foo']);
  });
  it('with `# escape=`` a backslash is an ordinary character (Windows paths)', () => {
    expect(splitWords('C:\\src\\app C:\\app\\', '`')).toEqual(['C:\\src\\app', 'C:\\app\\']);
    expect(splitWords('my` file "a`"b"', '`')).toEqual(['my file', 'a"b']);
  });
  it('keeps variables as text', () => {
    expect(splitWords('${SRC:-/a} $DEST')).toEqual(['${SRC:-/a}', '$DEST']);
  });
  it('runs an unterminated quote to the end instead of failing', () => {
    expect(splitWords('"abc def')).toEqual(['abc def']);
    expect(splitWords("x 'y")).toEqual(['x', 'y']);
  });
});

describe('unquoteWord', () => {
  it('unquotes the whole argument and keeps its inner whitespace', () => {
    expect(unquoteWord('"${UID}":"${GID}"')).toEqual('${UID}:${GID}');
    expect(unquoteWord(' "/app"/sub dir ')).toEqual('/app/sub dir');
    expect(unquoteWord("'root'")).toEqual('root');
    expect(unquoteWord('')).toEqual('');
  });
});
