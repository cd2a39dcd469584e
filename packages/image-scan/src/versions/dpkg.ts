/**
 * Debian version ordering, as dpkg does it (deb-version(7)): `[epoch:]upstream[-revision]`, compared
 * epoch first (numerically), then upstream and revision with dpkg's string algorithm, where `~` sorts
 * before everything (even the end of the string), letters before other characters, and digit runs
 * compare numerically.
 */
export interface DebianVersion {
  epoch: number;
  upstream: string;
  revision: string;
}

const UPSTREAM = /^[0-9][A-Za-z0-9.+~:-]*$/;
const REVISION = /^[A-Za-z0-9.+~]+$/;

/**
 * Parses a Debian version; returns undefined when it is not one (dpkg's parseversion would refuse it). The
 * syntax is dpkg's own, held against libdpkg by the fuzzer (tools/fuzz, target dpkg-syntax): blanks around
 * the version are skipped (ASCII only), the epoch is what C's strtol reads (an optional sign, digits; not
 * negative, at most INT_MAX).
 */
export function parseDebianVersion(text: string): DebianVersion | undefined {
  const v = text.replace(/^[ \t]+/, '').replace(/[ \t\n\v\f\r]+$/, '');
  if (!v || v.length > 256 || /[ \t\n\v\f\r]/.test(v)) return undefined;
  let epoch = 0;
  let rest = v;
  const colon = v.indexOf(':');
  if (colon >= 0) {
    const e = v.slice(0, colon);
    if (!/^[+-]?\d+$/.test(e)) return undefined;
    epoch = Number(e);
    if (epoch < 0 || epoch > 2_147_483_647) return undefined;
    epoch = Math.abs(epoch); // -0
    rest = v.slice(colon + 1);
  }
  let upstream = rest;
  let revision = '';
  const dash = rest.lastIndexOf('-');
  if (dash >= 0) {
    upstream = rest.slice(0, dash);
    revision = rest.slice(dash + 1);
    if (!REVISION.test(revision)) return undefined;
  }
  // dpkg allows colons in upstream only with an epoch, and hyphens only with a revision.
  if (!UPSTREAM.test(upstream)) return undefined;
  if (colon < 0 && upstream.includes(':')) return undefined;
  if (dash < 0 && upstream.includes('-')) return undefined;
  return { epoch, upstream, revision };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** dpkg's character weight: `~` lowest, then end of part / digits, then letters, then the rest. */
function order(c: number): number {
  if (Number.isNaN(c) || isDigit(c)) return 0;
  if (isAlpha(c)) return c;
  if (c === 126) return -1; // ~
  return c + 256;
}

/** dpkg's verrevcmp: compares two upstream (or revision) strings. */
export function compareDebianPart(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let firstDiff = 0;
    while ((i < a.length && !isDigit(a.charCodeAt(i))) || (j < b.length && !isDigit(b.charCodeAt(j)))) {
      const ac = order(i < a.length ? a.charCodeAt(i) : Number.NaN);
      const bc = order(j < b.length ? b.charCodeAt(j) : Number.NaN);
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (i < a.length && a.charCodeAt(i) === 48) i++;
    while (j < b.length && b.charCodeAt(j) === 48) j++;
    while (i < a.length && isDigit(a.charCodeAt(i)) && j < b.length && isDigit(b.charCodeAt(j))) {
      if (!firstDiff) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (i < a.length && isDigit(a.charCodeAt(i))) return 1;
    if (j < b.length && isDigit(b.charCodeAt(j))) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

/** Compares two parsed versions: negative, zero or positive. */
export function compareParsedDebian(a: DebianVersion, b: DebianVersion): number {
  if (a.epoch !== b.epoch) return a.epoch - b.epoch;
  const up = compareDebianPart(a.upstream, b.upstream);
  if (up) return up;
  return compareDebianPart(a.revision, b.revision);
}

/** Compares two Debian version strings; throws on a string that is not a Debian version. */
export function compareDebianVersions(a: string, b: string): number {
  const pa = parseDebianVersion(a);
  const pb = parseDebianVersion(b);
  if (!pa) throw new RangeError(`not a Debian version: ${JSON.stringify(a.slice(0, 80))}`);
  if (!pb) throw new RangeError(`not a Debian version: ${JSON.stringify(b.slice(0, 80))}`);
  return Math.sign(compareParsedDebian(pa, pb));
}
