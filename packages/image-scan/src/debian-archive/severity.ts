import type { Severity } from '@flightcheck/core';

/**
 * Severity of a pending Debian security update, from what its changelog says (Debian's archive carries
 * no CVSS scores):
 *
 * | urgency of the newest entries     | severity                                          |
 * |-----------------------------------|---------------------------------------------------|
 * | emergency, critical               | critical                                          |
 * | high                              | high                                              |
 * | medium                            | medium; high when the update fixes 5 or more CVEs |
 * | low (or none given)               | low; medium when it fixes 5 or more CVEs          |
 *
 * An update that names no CVE at all is one step lower than its urgency says (at least low): it is a
 * security-suite upload (often a regression fix) without a known vulnerability id.
 */
export const MANY_CVES = 5;

export function updateSeverity(urgency: string, cveCount: number): Severity {
  const base = (): Severity => {
    switch (urgency.toLowerCase()) {
      case 'emergency':
      case 'critical':
        return 'critical';
      case 'high':
        return 'high';
      case 'medium':
        return cveCount >= MANY_CVES ? 'high' : 'medium';
      default:
        return cveCount >= MANY_CVES ? 'medium' : 'low';
    }
  };
  const s = base();
  if (cveCount > 0) return s;
  return ({ critical: 'high', high: 'medium', medium: 'low', low: 'low', info: 'low' } as const)[s];
}
