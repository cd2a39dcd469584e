import { NestingError } from './errors.js';

/** How deep collections may nest in a document (js-yaml's count: the root is 1, each collection adds 1). */
export const MAX_NESTING = 100;
/** Past these the reference parser runs out of stack or memory: such a file is refused before it is parsed. */
export const MAX_INDENT = 1000;
export const MAX_FLOW_BRACKETS = 500;

const DEEP_INDENT = new RegExp(`^ {${MAX_INDENT + 1}}`, 'm');
/** The run of blanks DEEP_INDENT needs: a substring search for it spares the regex's look at every line start. */
const DEEP_RUN = ' '.repeat(MAX_INDENT + 1);
const BRACKETS = /[[\]{}]/g;

const lineAt = (src: string, offset: number): number => {
  let n = 1;
  for (let i = src.indexOf('\n'); i !== -1 && i < offset; i = src.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * A linear guard run before either parser sees a file: a line indented more than MAX_INDENT columns, or more
 * than MAX_FLOW_BRACKETS open brackets at once (counted over the raw text, so brackets in strings count too:
 * an over-count only refuses what no manifest holds), is a NestingError naming the line.
 */
export function guardNesting(src: string, file: string): void {
  const indent = src.includes(DEEP_RUN) ? DEEP_INDENT.exec(src) : null;
  if (indent) throw new NestingError(file, `a line is indented more than ${MAX_INDENT} columns`, lineAt(src, indent.index));
  let open = 0;
  for (const m of src.matchAll(BRACKETS)) {
    const c = m[0];
    if (c === '[' || c === '{') {
      if (++open > MAX_FLOW_BRACKETS) throw new NestingError(file, `more than ${MAX_FLOW_BRACKETS} brackets open at once`, lineAt(src, m.index));
    } else if (open > 0) open--;
  }
}

export const nestingReason = `nested deeper than ${MAX_NESTING} levels`;
