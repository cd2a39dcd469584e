import { atLeast, type Finding, type Notice } from '@flightcheck/core';
import { debianEcosystem } from '../inventory/os-release.js';
import type { Inventory, InventoryPackage } from '../inventory/types.js';
import type { OsvIndex } from '../osv/db-index.js';
import { isAffected } from '../osv/match.js';
import { reportIds } from '../osv/record.js';
import { scoreSeverity } from '../osv/severity.js';
import { schemeForEcosystem } from '../versions/index.js';

export interface MatchOutcome {
  findings: Finding[];
  notices: Notice[];
  /** Ecosystems the inventory needs that the database has no record for (the scan cannot vouch for them). */
  missingEcosystems: string[];
  packagesChecked: number;
}

/** The OSV ecosystem and package name a package is looked up under, or undefined when none applies. */
export function osvCoordinates(pkg: InventoryPackage, inventory: Inventory): { ecosystem: string; name: string; version: string } | undefined {
  if (pkg.ecosystem === 'Debian') {
    const eco = debianEcosystem(inventory.os);
    return eco ? { ecosystem: eco, name: pkg.source?.name ?? pkg.name, version: pkg.source?.version ?? pkg.version } : undefined;
  }
  if (pkg.managedBy === 'dpkg') return undefined; // covered by its Debian source package
  return { ecosystem: pkg.ecosystem, name: pkg.name, version: pkg.version };
}

/**
 * Matches every package of an inventory against the OSV index: Debian packages by source package in
 * `Debian:<major>`, PyPI by normalised name, npm by name. One finding per (vulnerability id, package):
 * the id is the CVE (or GHSA) so that waivers written for trivy keep working.
 */
export function matchInventory(inventory: Inventory, index: OsvIndex): MatchOutcome {
  const findings = new Map<string, Finding>();
  const notices: Notice[] = [];
  const missing = new Set<string>();
  let checked = 0;
  const problems = new Set<string>();
  for (const pkg of inventory.packages) {
    const at = osvCoordinates(pkg, inventory);
    if (!at) continue;
    if (!index.hasEcosystem(at.ecosystem)) {
      missing.add(at.ecosystem);
      continue;
    }
    checked++;
    const scheme = schemeForEcosystem(at.ecosystem)!;
    for (const { record, affected } of index.lookup(at.ecosystem, at.name)) {
      const verdict = isAffected(scheme, at.version, affected);
      if (verdict.problem && !problems.has(`${record.id} ${at.name}`)) {
        problems.add(`${record.id} ${at.name}`);
        if (problems.size <= 50) notices.push({ level: 'warning', message: `${record.id} could not be evaluated for ${at.name} ${at.version}: ${verdict.problem}` });
      }
      if (!verdict.affected) continue;
      const sev = scoreSeverity([...affected.severity, ...record.severity], affected.textSeverity ?? record.textSeverity);
      for (const id of reportIds(record)) {
        const key = `${id}\0${pkg.ecosystem}\0${pkg.name}\0${pkg.path}`;
        const prev = findings.get(key);
        if (prev) {
          const p = prev.properties as { osvIds: string[] };
          if (!p.osvIds.includes(record.id)) p.osvIds.push(record.id);
          if (!atLeast(prev.severity, sev.severity)) prev.severity = sev.severity;
          continue;
        }
        const via = pkg.source && pkg.source.name !== pkg.name ? ` (source ${pkg.source.name} ${at.version})` : '';
        const finding: Finding = {
          ruleId: id,
          severity: sev.severity,
          message: `${pkg.name} ${pkg.version}${via} is affected by ${id}${record.summary ? `: ${record.summary}` : ''}${verdict.fixed ? `; fixed in ${verdict.fixed}` : '; no fix released'}`,
          location: { file: pkg.path },
          helpUri: record.references[0] ?? `https://osv.dev/vulnerability/${record.id}`,
          status: 'fail',
          properties: {
            package: pkg.name,
            installedVersion: pkg.version,
            ...(verdict.fixed ? { fixedVersion: verdict.fixed } : {}),
            ecosystem: at.ecosystem,
            ...(pkg.source ? { sourcePackage: pkg.source.name, sourceVersion: pkg.source.version } : {}),
            purl: pkg.purl,
            ...(pkg.layer ? { layer: pkg.layer.digest, layerIndex: pkg.layer.index } : {}),
            severitySource: sev.source,
            osvIds: [record.id],
            references: record.references,
          },
        };
        if (verdict.fixed) finding.resolution = `Upgrade ${pkg.name} to a version with ${at.name} ${verdict.fixed} or later`;
        findings.set(key, finding);
      }
    }
  }
  if (problems.size > 50) notices.push({ level: 'warning', message: `${problems.size - 50} more records could not be evaluated` });
  return { findings: [...findings.values()], notices, missingEcosystems: [...missing].sort(), packagesChecked: checked };
}
