/** hadolint's comment pragmas: `# hadolint ignore=…`, `global ignore=…`, `stage ignore=…`, `shell=…`. */
export type Pragma =
  | { kind: 'ignore'; codes: string[] }
  | { kind: 'global'; codes: string[] }
  | { kind: 'stage'; codes: string[] }
  | { kind: 'shell'; shell: string };

const SP = '[ \\t]';
const CODES = `([DLSC0-9]+(?:${SP}*,${SP}*[DLSC0-9]+)*)`;
const TAIL = `${SP}*(?:#.*)?$`;
const IGNORE = new RegExp(`^${SP}*hadolint${SP}+(?:(global|stage)${SP}+)?ignore${SP}*=${SP}*${CODES}${TAIL}`);
const SHELL = new RegExp(`^${SP}*hadolint${SP}+shell${SP}*=${SP}*([^ \\t#]+)${TAIL}`);

/** Parses the text of a comment (everything after `#`); undefined when it is not a valid pragma. */
export function parsePragma(comment: string): Pragma | undefined {
  const m = IGNORE.exec(comment);
  if (m) {
    const codes = m[2]!.split(',').map((c) => c.trim()).filter(Boolean);
    const kind = (m[1] as 'global' | 'stage' | undefined) ?? 'ignore';
    return { kind, codes };
  }
  const s = SHELL.exec(comment);
  if (s) return { kind: 'shell', shell: s[1]! };
  return undefined;
}
