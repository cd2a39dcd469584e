import type { Instruction } from '../parser/dockerfile.js';
import type { LabelType } from './rule.js';
import { keyValuePairs } from './util.js';

/** Every label (key, value) of a LABEL instruction. */
export function labelsOf(ins: Instruction): { key: string; value: string }[] {
  return ins.keyword === 'LABEL' ? keyValuePairs(ins) : [];
}

/** Labels of the schema with the given type, as found in LABEL instructions, with their lines. */
export function typedLabels(instructions: Instruction[], schema: Record<string, LabelType>, type: LabelType): { key: string; value: string; line: number }[] {
  return instructions.flatMap((ins) => labelsOf(ins).filter((l) => schema[l.key] === type).map((l) => ({ ...l, line: ins.line })));
}

export function isUri(v: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(v)) return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
}

export function isRfc3339(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(v);
  if (!m) return false;
  const [mo, d, h, mi, s] = [m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && s <= 60;
}

export function isGitHash(v: string): boolean {
  return /^[0-9a-f]{7}$/.test(v) || /^[0-9a-f]{40}$/.test(v);
}

export function isSemver(v: string): boolean {
  return /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/.test(v);
}

export function isEmail(v: string): boolean {
  return /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(v);
}

/** SPDX license identifiers (the commonly used part of the list; `-only`/`-or-later` forms included). */
const SPDX = new Set(
  `0BSD AAL AFL-1.1 AFL-1.2 AFL-2.0 AFL-2.1 AFL-3.0 AGPL-1.0 AGPL-3.0 AGPL-3.0-only AGPL-3.0-or-later Apache-1.0 Apache-1.1
  Apache-2.0 APSL-2.0 Artistic-1.0 Artistic-2.0 Beerware BitTorrent-1.1 BlueOak-1.0.0 BSD-1-Clause BSD-2-Clause
  BSD-2-Clause-Patent BSD-3-Clause BSD-3-Clause-Clear BSD-4-Clause BSL-1.0 bzip2-1.0.6 CAL-1.0 CC-BY-1.0 CC-BY-2.0
  CC-BY-2.5 CC-BY-3.0 CC-BY-4.0 CC-BY-NC-4.0 CC-BY-NC-SA-4.0 CC-BY-ND-4.0 CC-BY-SA-3.0 CC-BY-SA-4.0 CC0-1.0 CDDL-1.0
  CDDL-1.1 CECILL-2.1 CPAL-1.0 CPL-1.0 ECL-2.0 EFL-2.0 EPL-1.0 EPL-2.0 EUPL-1.1 EUPL-1.2 FTL GFDL-1.3 GFDL-1.3-only
  GFDL-1.3-or-later GPL-1.0 GPL-2.0 GPL-2.0-only GPL-2.0-or-later GPL-3.0 GPL-3.0-only GPL-3.0-or-later HPND ICU IJG
  IPA IPL-1.0 ISC LGPL-2.0 LGPL-2.0-only LGPL-2.0-or-later LGPL-2.1 LGPL-2.1-only LGPL-2.1-or-later LGPL-3.0
  LGPL-3.0-only LGPL-3.0-or-later LPL-1.02 LPPL-1.3c MirOS MIT MIT-0 MPL-1.0 MPL-1.1 MPL-2.0
  MPL-2.0-no-copyleft-exception MS-PL MS-RL MulanPSL-2.0 NCSA NPL-1.1 OFL-1.1 OpenSSL OSL-3.0 PHP-3.0 PHP-3.01
  PostgreSQL PSF-2.0 Python-2.0 QPL-1.0 Ruby SISSL Sleepycat SSPL-1.0 Unicode-DFS-2016 Unlicense UPL-1.0 Vim W3C
  WTFPL X11 Xnet Zend-2.0 Zlib zlib-acknowledgement ZPL-2.0 ZPL-2.1`.split(/\s+/),
);

export function isSpdx(v: string): boolean {
  return SPDX.has(v);
}
