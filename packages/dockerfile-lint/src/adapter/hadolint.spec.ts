import { ToolFailedError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { buildHadolintArgs, parseHadolintJson } from './hadolint.js';

// Recorded in hadolint's documented `-f json` shape (our own data).
const RECORDED = JSON.stringify([
  { code: 'DL3007', column: 1, file: 'Dockerfile', level: 'warning', line: 1, message: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag' },
  { code: 'SC2086', column: 1, file: 'Dockerfile', level: 'info', line: 3, message: 'Double quote to prevent globbing and word splitting.' },
]);
const PARSE_ERROR = JSON.stringify([{ code: 'DL1000', column: 5, file: 'bad/Dockerfile', level: 'error', line: 2, message: "unexpected 'F' expecting '#', ADD, ARG, CMD, COPY" }]);

describe('hadolint adapter', () => {
  it('maps hadolint JSON to findings with levels and severities', () => {
    const f = parseHadolintJson(RECORDED);
    expect(f[0]).toMatchObject({ ruleId: 'DL3007', severity: 'medium', status: 'fail', location: { file: 'Dockerfile', line: 1, column: 1 }, properties: { level: 'warning' } });
    expect(f[1]).toMatchObject({ ruleId: 'SC2086', severity: 'low', helpUri: 'https://www.shellcheck.net/wiki/SC2086' });
  });
  it('maps the parse-error form (DL1000)', () => {
    expect(parseHadolintJson(PARSE_ERROR)[0]).toMatchObject({ ruleId: 'DL1000', severity: 'high', location: { file: 'bad/Dockerfile', line: 2, column: 5 } });
  });
  it('rejects output that is not hadolint JSON', () => {
    expect(() => parseHadolintJson('Dockerfile:1 DL3007 warning: x')).toThrow(ToolFailedError);
    expect(() => parseHadolintJson('[{"code":"DL3007"}]')).toThrow(/not \{code/);
    expect(parseHadolintJson('')).toEqual([]);
  });
  it('passes our options on as hadolint flags', () => {
    expect(buildHadolintArgs(['a/Dockerfile'], { configFile: '/c.yaml', cli: { ignored: ['DL3008'], trustedRegistries: ['r'], strictLabels: true, failureThreshold: 'error', override: { error: ['DL3001'] }, labelSchema: { a: 'url' } } })).toEqual([
      '--no-color', '-f', 'json', '--config', '/c.yaml', '--ignore', 'DL3008', '--trusted-registry', 'r', '--error', 'DL3001', '--require-label', 'a:url', '--strict-labels', '--failure-threshold', 'error', '--', 'a/Dockerfile',
    ]);
  });
});

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
describe('parseHadolintJson nesting bound', () => {
  it('output nested deeper than 200 is a ToolFailedError (the file is not linted), not a crash', () => {
    expect(() => parseHadolintJson(deep(100_000))).toThrow(ToolFailedError);
    expect(() => parseHadolintJson(deep(100_000))).toThrow(/JSON nesting deeper than 200/);
  });
});
