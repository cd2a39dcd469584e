// The SARIF and JSON writers: any report (hostile strings in messages, paths, ids) gives a SARIF 2.1.0 log valid
// against the official schema, and JSON that parseReport reads back equal.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseReport, reporters, SEVERITIES, createReport } from '@flightcheck/core';

const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');
const schema = JSON.parse(readFileSync(new URL('../../../packages/core/schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strict: false });
(addFormats.default ?? addFormats)(ajv);
const validate = ajv.compile(schema);

const text = (fc) => fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('', ' ', '../../etc/passwd', 'C:\\x', 'a b/c%20d', '\u0000', '\ud800', 'file:///x', '#', '?q=1', 'é/ü'));
const finding = (fc) => fc.record({
  ruleId: fc.oneof(fc.constantFrom('DL3008', 'CVE-2024-1', 'container-image-tag'), text(fc)),
  severity: fc.constantFrom(...SEVERITIES),
  message: text(fc),
  status: fc.constantFrom('fail', 'pass', 'suppressed'),
  location: fc.option(fc.record({ file: text(fc), line: fc.option(fc.integer({ min: 1, max: 1e6 }), { nil: undefined }), column: fc.option(fc.integer({ min: 1, max: 1e4 }), { nil: undefined }) }, { requiredKeys: ['file'] }), { nil: undefined }),
  object: fc.option(fc.record({ kind: text(fc), name: text(fc), namespace: text(fc) }), { nil: undefined }),
  helpUri: fc.option(fc.oneof(fc.webUrl(), text(fc)), { nil: undefined }),
  resolution: fc.option(text(fc), { nil: undefined }),
}, { requiredKeys: ['ruleId', 'severity', 'message', 'status'] });
const result = (fc) => fc.record({ check: fc.constantFrom('dockerfile-lint', 'compliance', 'image-scan'), target: text(fc), engine: fc.constantFrom('builtin', 'trivy'), findings: fc.array(finding(fc), { maxLength: 6 }), error: fc.option(text(fc), { nil: undefined }) }, { requiredKeys: ['check', 'target', 'engine', 'findings'] });
const clean = (v) => JSON.parse(JSON.stringify(v));

export default {
  name: 'reporters',
  about: 'SARIF output is schema-valid for any report; JSON output round-trips through parseReport',
  arbitrary: (fc) => fc.array(result(fc), { maxLength: 4 }),
  check(results) {
    const report = createReport(clean(results));
    const log = JSON.parse(reporters.sarif(report, { root: '/ws' }));
    if (!validate(log)) throw new Error(`SARIF invalid: ${JSON.stringify(validate.errors.slice(0, 3))}`);
    const back = parseReport(reporters.json(report, { root: '/ws' }), 'report.json');
    if (JSON.stringify(back.results) !== JSON.stringify(report.results)) throw new Error('JSON report did not read back equal');
  },
};
