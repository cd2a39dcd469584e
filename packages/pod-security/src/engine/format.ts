/** Text helpers that reproduce the pod-security-admission library's detail strings byte for byte. */

/** `"a", "b"`: each item in plain double quotes (no escaping), joined by `, ` (the library's joinQuote). */
export function joinQuote(items: readonly string[]): string {
  return items.length === 0 ? '' : `"${items.join('", "')}"`;
}

/** The singular form for exactly one, the plural otherwise. */
export function pluralize(singular: string, plural: string, n: number): string {
  return n === 1 ? singular : plural;
}

/** Sorted unique strings, in byte order (Go's sets.List). */
export function sortedSet(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Go's `%q` for a string: double-quoted, with backslash escapes for quotes, backslashes and control characters. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** `pod and containers "a", "b"`: the library's list of who set a forbidden value. */
export function setters(pod: boolean, containers: readonly string[], extra: readonly string[] = []): string[] {
  const out: string[] = [];
  if (pod) out.push('pod');
  if (containers.length) out.push(`${pluralize('container', 'containers', containers.length)} ${joinQuote(containers)}`);
  out.push(...extra);
  return out;
}
