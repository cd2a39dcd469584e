/**
 * Word splitting of instruction arguments (COPY, ADD, FROM, EXPOSE, VOLUME, …) the way Docker's shell lexer
 * and hadolint read them: a word is a run of unquoted text and quoted parts with no unquoted whitespace
 * between them, so `"${HOME}"/README.ipynb` is one word (`${HOME}/README.ipynb`). Quotes are removed; the
 * escape character (`\`, or the one `# escape=` chose) makes whitespace, a quote or itself literal outside
 * quotes (before any other character it stays, as hadolint keeps `build\foo\bar.tar.gz` and Windows paths)
 * and escapes `"`, `$` and itself inside double quotes; single quotes are literal; variables stay as text.
 * An unterminated quote runs to the end of the text (the build would reject it; linting goes on).
 */

const SPACE = /[ \t\r\n\f\v]/;

/** Reads one word starting at `start` (not whitespace); returns its unquoted text and where it ends. */
function readWord(text: string, start: number, escape: string, stopAtSpace: boolean): { word: string; end: number } {
  let out = '';
  let i = start;
  while (i < text.length) {
    const c = text[i]!;
    if (stopAtSpace && SPACE.test(c)) break;
    if (c === escape) {
      const next = text[i + 1];
      // hadolint keeps the escape character in paths (`build\foo\bar.tar.gz`, `C:\Program Files`): it only
      // makes whitespace, a quote or itself literal
      if (next !== undefined && (SPACE.test(next) || next === '"' || next === "'" || next === escape)) {
        out += next;
        i += 2;
      } else {
        out += c;
        i++;
      }
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const stop = close < 0 ? text.length : close;
      out += text.slice(i + 1, stop);
      i = stop + 1;
    } else if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        const d = text[i]!;
        const next = text[i + 1];
        if (d === escape && next !== undefined && (next === '"' || next === '$' || next === escape)) {
          out += next;
          i += 2;
        } else {
          out += d;
          i++;
        }
      }
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return { word: out, end: Math.min(i, text.length) };
}

/** Splits argument text into words (see the module comment). */
export function splitWords(text: string, escape = '\\'): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (SPACE.test(text[i]!)) {
      i++;
      continue;
    }
    const { word, end } = readWord(text, i, escape, true);
    words.push(word);
    i = end;
  }
  return words;
}

/**
 * The whole argument as one word (WORKDIR, USER take the rest of the line): quotes removed and escapes
 * applied as in a word, whitespace kept.
 */
export function unquoteWord(text: string, escape = '\\'): string {
  const t = text.trim();
  return t ? readWord(t, 0, escape, false).word : '';
}
