// trivy's JSON output as hostile input: parse + map give findings with known severities, or TrivyReportError.
import { SEVERITIES } from '@flightcheck/core';
import { mapTrivyReport, parseTrivyReport } from '@flightcheck/image-scan';

const vuln = (fc) => fc.record({ VulnerabilityID: fc.oneof(fc.constantFrom('CVE-2024-1', 'GHSA-a'), fc.string()), PkgName: fc.string(), InstalledVersion: fc.string(), FixedVersion: fc.string(), Severity: fc.constantFrom('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN', 'weird', ''), Title: fc.string() }, { requiredKeys: [] });
const report = (fc) => fc.record({ SchemaVersion: fc.constantFrom(2, 2, 2, 1, '2'), ArtifactName: fc.string(), Results: fc.option(fc.array(fc.record({ Target: fc.string(), Class: fc.constantFrom('os-pkgs', 'lang-pkgs', 'config', 'secret'), Type: fc.string(), Vulnerabilities: fc.option(fc.array(vuln(fc), { maxLength: 4 }), { nil: null }) }, { requiredKeys: [] }), { maxLength: 3 }), { nil: null }) }, { requiredKeys: ['SchemaVersion'] });

export default {
  name: 'trivy',
  about: 'parseTrivyReport + mapTrivyReport: well-formed findings, or TrivyReportError; empty output is never a pass',
  arbitrary: (fc) => fc.oneof(report(fc).map((r) => JSON.stringify(r)), fc.json({ maxDepth: 3 }), fc.string({ maxLength: 40 }), fc.constantFrom('', '  \n', 'null', '[]', '{}')),
  check(stdout) {
    let findings;
    try {
      findings = mapTrivyReport(parseTrivyReport(stdout)).findings;
    } catch (e) {
      if (e?.name !== 'TrivyReportError') throw new Error(`${e?.name}: ${e?.message}`);
      return;
    }
    if (!stdout.trim()) throw new Error('empty output passed');
    for (const f of findings) if (typeof f.ruleId !== 'string' || !SEVERITIES.includes(f.severity) || typeof f.message !== 'string') throw new Error(`malformed finding ${JSON.stringify(f).slice(0, 200)}`);
  },
};
