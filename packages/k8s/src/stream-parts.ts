/**
 * Splitting one YAML stream into parts that can be read apart (in worker threads) and give what reading it
 * whole gives: a part starts at a document marker, `---` at column 0 with only blanks or a comment after it
 * (it ends the document before it in every reading, even inside a block scalar). parse.ts `readStreamPart`
 * reads a part at its place in the stream.
 */

/** One part of a stream: `src.slice(start, end)`, whose first line is line `line` of the stream. */
export interface StreamPart {
  start: number;
  end: number;
  line: number;
}

const DOCUMENT_START = /^---(?: *| +#[^\n]*)$/gm;

/**
 * Up to `count` parts of about equal size, each from a document start to the next part (the first from the
 * stream's start). Fewer when the stream has fewer document starts; one (the whole stream) when it has none.
 */
export function splitStream(src: string, count: number): StreamPart[] {
  const starts = [0];
  const n = Math.max(1, Math.floor(count));
  for (let i = 1; i < n; i++) {
    DOCUMENT_START.lastIndex = Math.max(Math.floor((src.length * i) / n), starts[starts.length - 1]! + 1);
    const m = DOCUMENT_START.exec(src);
    if (!m) break;
    if (m.index > starts[starts.length - 1]!) starts.push(m.index);
  }
  const parts: StreamPart[] = [];
  let line = 1;
  let counted = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    for (let p = src.indexOf('\n', counted); p !== -1 && p < start; p = src.indexOf('\n', p + 1)) line++;
    counted = start;
    parts.push({ start, end: i + 1 < starts.length ? starts[i + 1]! : src.length, line });
  }
  return parts;
}
