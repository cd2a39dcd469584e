import { parseManifestText } from './parse.js';
import { emptyLoad, type LoadedManifests } from './types.js';

/** A line that starts a YAML document (`---` alone or followed by a space, a tab or content). */
const DOCUMENT_START = /^---(?:[ \t]|$)/;
/** Re-reads of a shorter prefix when the prefix itself fails again (the error was reported past its document). */
const MAX_RETRIES = 8;

export interface PartialOptions {
  /**
   * A file the YAML reference rejects is read again with the tabs that start its lines as spaces. Go's YAML
   * reader (np-guard's) takes a tab-indented continuation line inside a flow collection or a quoted scalar
   * (`args: [\n\t"-jar",\n ]`), where tabs only separate and the value is the same; `yaml` does not. A tab
   * that starts a line is invalid YAML anywhere else, so no file that reads whole changes.
   */
  leadingTabs?: boolean;
}

const LEADING_TAB = /^\t/m;
const LEADING_TABS = /^\t+/gm;
/** Deeper than any enclosing block of a continuation line (8 per tab, as a tab stop). */
const TAB_AS_SPACES = ' '.repeat(8);

/**
 * Like parseManifestText, but a file that cannot be read whole keeps the documents before the one that fails
 * (as np-guard's netpol-analyzer reads a file): the problem names the file and line, the failing document and
 * every later one are lost, other files are unaffected. A problem without a line (a bound on the whole file)
 * keeps nothing. The kept documents are parsed from the file's own prefix, so their lines are the file's.
 */
export function parseManifestTextPartially(text: string, file: string, into: LoadedManifests = emptyLoad(), opts: PartialOptions = {}): LoadedManifests {
  let whole = parseManifestText(text, file);
  if (whole.problems.length && opts.leadingTabs && LEADING_TAB.test(text)) {
    const again = parseManifestText(text.replace(LEADING_TABS, (t) => TAB_AS_SPACES.repeat(t.length)), file);
    if (!again.problems.length) whole = again;
  }
  into.files.push(file);
  if (!whole.problems.length) {
    into.objects.push(...whole.objects);
    into.passedOver.push(...whole.passedOver);
    into.empty.push(...whole.empty);
    return into;
  }
  const problem = whole.problems[0]!;
  into.problems.push({ ...problem, reason: `${problem.reason}; this document and the rest of the file are not read` });
  const lines = (text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text).split('\n');
  let at = problem.line;
  for (let tries = 0; at !== undefined && tries < MAX_RETRIES; tries++) {
    // the start of the document that holds the failing line: everything before it is the prefix to keep
    let start = -1;
    for (let i = Math.min(at, lines.length) - 1; i >= 0; i--) {
      if (DOCUMENT_START.test(lines[i]!)) {
        start = i;
        break;
      }
    }
    if (start <= 0) return into;
    const before = parseManifestText(lines.slice(0, start).join('\n'), file);
    if (!before.problems.length) {
      into.objects.push(...before.objects);
      into.passedOver.push(...before.passedOver);
      return into;
    }
    at = before.problems[0]!.line !== undefined && before.problems[0]!.line < at ? before.problems[0]!.line : start;
  }
  return into;
}
