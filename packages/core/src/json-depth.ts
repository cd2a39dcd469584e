import { InputError } from './errors.js';

/** How deep arrays and objects may nest in JSON that flightcheck reads (reports, tool outputs, OSV records, image metadata). */
export const MAX_JSON_DEPTH = 200;

/**
 * Where JSON text first nests deeper than `maxDepth` (arrays and objects; brackets inside strings do not count):
 * the 1-based line, or undefined when it does not. One linear pass, no parse: JSON.parse itself reads deep text,
 * but everything that walks the value afterwards (JSON.stringify, structuredClone, a recursive copy) runs out of
 * stack on it ("Maximum call stack size exceeded", a crash instead of a message).
 */
export function jsonNestingLine(text: string, maxDepth = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return line;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

/** The reason a too-deep JSON text is refused: "nesting deeper than 200". */
export function jsonNestingReason(maxDepth = MAX_JSON_DEPTH): string {
  return `JSON nesting deeper than ${maxDepth}`;
}

/** Throws an InputError naming `file` and the line when `text` nests deeper than `maxDepth`. */
export function assertJsonDepth(text: string, file: string, maxDepth = MAX_JSON_DEPTH): void {
  const line = jsonNestingLine(text, maxDepth);
  if (line !== undefined) throw new InputError(file, jsonNestingReason(maxDepth), line);
}
