import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CORE_FORMATS, reporters } from '@flightcheck/core';
import { sampleReport } from './__fixtures__/sample-report.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = '/ws';

describe('sarif reporter', () => {
  // The official OASIS SARIF 2.1.0 schema (errata 01), shipped in packages/core/schemas.
  const schema = JSON.parse(readFileSync(join(here, '../../schemas/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('is valid against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(reporters.sarif(sampleReport(), { root }));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check can fail (a broken log is rejected)', () => {
    const log = JSON.parse(reporters.sarif(sampleReport(), { root }));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('keeps suppressed findings as suppressions, relative URIs, rules and the failed run', () => {
    const log = JSON.parse(reporters.sarif(sampleReport(), { root }));
    expect(log.version).toBe('2.1.0');
    const lint = log.runs.find((r: { automationDetails: { id: string } }) => r.automationDetails.id === 'flightcheck/dockerfile-lint/');
    expect(lint.results).toHaveLength(2);
    expect(lint.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('images/airflow/Dockerfile');
    expect(lint.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 12, startColumn: 1 });
    expect(lint.results[1].suppressions[0]).toMatchObject({ kind: 'external', status: 'accepted', justification: 'tracked in JIRA-1 & <fixed> "soon"' });
    expect(lint.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['DL3008', 'DL3007']);
    const scan = log.runs.find((r: { automationDetails: { id: string } }) => r.automationDetails.id === 'flightcheck/image-scan/');
    expect(scan.invocations[0].executionSuccessful).toBe(false);
    const comp = log.runs.find((r: { automationDetails: { id: string } }) => r.automationDetails.id === 'flightcheck/compliance/');
    expect(comp.results[0].locations[0].logicalLocations[0].fullyQualifiedName).toBe('airflow/Deployment/scheduler');
  });
});

describe('text reporter', () => {
  it('groups by target, shows suppressed findings with the reason, errors, and a one-line summary', () => {
    const out = reporters.text(sampleReport(), { root });
    expect(out).toContain('dockerfile-lint · images/airflow/Dockerfile (builtin)');
    expect(out).toMatch(/HIGH\s+DL3007\s+images\/airflow\/Dockerfile:1\s+Using latest is prone to errors\s+\[suppressed \(waiver: tracked in JIRA-1/);
    expect(out).toMatch(/MEDIUM\s+DL3008\s+images\/airflow\/Dockerfile:12:1/);
    expect(out).toContain('Deployment airflow/scheduler');
    expect(out).toContain('ERROR  the check could not run: no OSV database configured');
    expect(out.trim().split('\n').at(-1)).toBe('2 findings (1 high, 1 medium), 1 suppressed, 1 check could not run in 3 results');
    expect(out).not.toContain('pod-probes');
    expect(reporters.text(sampleReport(), { root, verbose: true })).toContain('pod-probes');
    expect(out).not.toContain('\x1b[');
    expect(reporters.text(sampleReport(), { root, color: true })).toContain('\x1b[31m');
  });

  it('lists high before medium within a result', () => {
    const out = reporters.text(sampleReport(), { root });
    expect(out.indexOf('DL3007')).toBeLessThan(out.indexOf('DL3008'));
  });
});

describe('junit reporter', () => {
  it('writes one suite per result with failures, skipped suppressions and errors, escaped', () => {
    const out = reporters.junit(sampleReport(), { root });
    expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(out).toContain('<testsuites name="flightcheck" tests="5" failures="2" errors="1" skipped="1">');
    expect(out).toContain('tracked in JIRA-1 &amp; &lt;fixed&gt; &quot;soon&quot;');
    expect(out).toContain('<error message="no OSV database configured"/>');
    expect(out).not.toMatch(/<fixed>/);
  });
});

describe('markdown reporter', () => {
  it('writes totals and a table per result, escaping table syntax', () => {
    const out = reporters.markdown(sampleReport(), { root });
    expect(out).toContain('## flightcheck');
    expect(out).toContain('**2** failing findings');
    expect(out).toContain('| 🟧 high | container-image-tag | manifests/airflow/scheduler.yaml:3 Deployment/scheduler | Image with latest tag |');
    expect(out).toContain('> **Could not run:** no OSV database configured');
    expect(out).toContain('\\`apt-get install \\<package\\>\\`');
  });
});

describe('html reporter', () => {
  it('escapes everything and loads nothing external', () => {
    const out = reporters.html(sampleReport(), { root });
    expect(out).toContain('&lt;fixed&gt;');
    expect(out).not.toMatch(/<script|src=|href=/);
  });
});

describe('json reporter and the format map', () => {
  it('round-trips the report', () => {
    expect(JSON.parse(reporters.json(sampleReport()))).toEqual(sampleReport());
  });
  it('offers the core formats', () => {
    expect(CORE_FORMATS).toEqual(['text', 'json', 'sarif', 'junit', 'markdown', 'html']);
  });
});
