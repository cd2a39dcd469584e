import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { reporters } from '@flightcheck/core';
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
