import { createReport, type Finding } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from '../rules/rule.js';
import { checkstyle, codeclimate, gitlabCodeclimate, hadolintJson, hadolintSarif } from './formats.js';

const f = (ruleId: string, level: string, line: number, status: Finding['status'] = 'fail'): Finding => ({
  ruleId, severity: 'medium', message: `m ${ruleId}`, location: { file: 'Dockerfile', line, column: 1 }, status, properties: { level },
});
const report = createReport([
  { check: 'dockerfile-lint', target: 'Dockerfile', engine: 'builtin', findings: [f('DL3007', 'warning', 1), f('DL3003', 'warning', 2, 'suppressed'), f('SC2086', 'info', 3)] },
  { check: 'dockerfile-lint', target: 'b/Dockerfile', engine: 'builtin', findings: [] },
]);

describe('hadolint formats', () => {
  it('hadolint-json: exactly {code, column, file, level, line, message}, suppressed omitted', () => {
    const out = JSON.parse(hadolintJson(report));
    expect(out).toEqual([
      { code: 'DL3007', column: 1, file: 'Dockerfile', level: 'warning', line: 1, message: 'm DL3007' },
      { code: 'SC2086', column: 1, file: 'Dockerfile', level: 'info', line: 3, message: 'm SC2086' },
    ]);
    expect(Object.keys(out[0])).toEqual(['code', 'column', 'file', 'level', 'line', 'message']);
  });
  it('checkstyle: a file element per file', () => {
    const x = checkstyle(report);
    expect(x).toContain("<file name='Dockerfile' ><error line='1' column='1' severity='warning' message='m DL3007' source='DL3007' />");
    expect(x).toContain("<file name='b/Dockerfile' ></file>");
  });
  it('codeclimate: NUL-separated issues; gitlab: array with SHA-1 fingerprints', () => {
    const parts = codeclimate(report).split('\0').filter(Boolean).map((s) => JSON.parse(s));
    expect(parts[0]).toEqual({ type: 'issue', check_name: 'DL3007', description: 'm DL3007', categories: ['Bug Risk'], location: { path: 'Dockerfile', lines: { begin: 1, end: 1 } }, severity: 'major' });
    const g = JSON.parse(gitlabCodeclimate(report));
    expect(g[1].severity).toBe('info');
    expect(g[0].fingerprint).toMatch(/^[0-9a-f]{40}$/);
  });
  it('sarif: hadolint driver, note for info, sh for ShellCheck codes', () => {
    const s = JSON.parse(hadolintSarif(report));
    expect(s.runs[0].tool.driver.name).toBe('Hadolint');
    expect(s.runs[0].results[1]).toMatchObject({ ruleId: 'SC2086', level: 'note' });
    expect(s.runs[0].results[1].locations[0].physicalLocation.region.sourceLanguage).toBe('sh');
  });
});

describe("hadolint 2.15.1's messages through the three formats users parse", () => {
  // real rules on a real Dockerfile: DL3009 (changed text), DL3030 (`<package>`: escaped in XML), DL3064
  const lint = lintText('FROM a:1\nARG GITHUB_TOKEN\nRUN apt-get update && yum install foo-1.0\n', 'Dockerfile', DEFAULT_RULE_CONFIG);
  const rep = createReport([{ check: 'dockerfile-lint', target: 'Dockerfile', engine: 'builtin', findings: lint.findings }]);
  const want: Record<string, string> = {
    DL3009: 'Delete the apt lists (/var/lib/apt/lists) after installing something',
    DL3030: 'Use the -y switch to avoid manual input `yum install -y <package>`',
    DL3064: 'Potentially sensitive data should not be used in the `ARG` or `ENV` commands',
  };
  it('hadolint-json', () => {
    const items = JSON.parse(hadolintJson(rep)) as { code: string; message: string }[];
    for (const [code, message] of Object.entries(want)) expect(items.find((i) => i.code === code)?.message).toBe(message);
  });
  it('checkstyle (XML-escaped)', () => {
    const x = checkstyle(rep);
    expect(x).toContain("message='Use the -y switch to avoid manual input `yum install -y &lt;package&gt;`' source='DL3030'");
    expect(x).toContain(`message='${want.DL3009}' source='DL3009'`);
  });
  it('gitlab-codeclimate', () => {
    const g = JSON.parse(gitlabCodeclimate(rep)) as { check_name: string; description: string }[];
    for (const [code, message] of Object.entries(want)) expect(g.find((i) => i.check_name === code)?.description).toBe(message);
  });
});
