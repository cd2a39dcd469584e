import { describe, expect, it } from 'vitest';
import { finalizeFindings, hadolintExitCode, overriddenLevel } from './finalize.js';
import { lintText } from './lint.js';
import { DEFAULT_RULE_CONFIG } from './rules/rule.js';
import type { HadolintConfig } from './config/config.js';

const run = (text: string, config: HadolintConfig = {}) => {
  const l = lintText(text, 'Dockerfile', DEFAULT_RULE_CONFIG);
  return finalizeFindings(l.findings, l.dockerfile, config);
};

describe('pragmas and configuration', () => {
  it('suppresses with an inline pragma the next instruction only, keeping the finding', () => {
    const f = run('FROM debian:12\n# hadolint ignore=DL3003,DL3004\nRUN cd /x && sudo y\nRUN cd /z\n');
    expect(f.map((x) => [x.ruleId, x.location?.line, x.status])).toEqual([
      ['DL3003', 3, 'suppressed'], ['DL3004', 3, 'suppressed'], ['DL3003', 4, 'fail'],
    ]);
    expect(f[0]!.suppression).toEqual({ source: 'inline pragma', justification: '# hadolint ignore' });
  });
  it('honours global and stage pragmas', () => {
    expect(run('# hadolint global ignore=DL3003\nFROM a:1\nRUN cd /x\n').every((x) => x.status === 'suppressed')).toBe(true);
    const f = run('# hadolint stage ignore=DL3003\nFROM a:1\nRUN cd /x\nFROM b:1\nRUN cd /y\n');
    expect(f.filter((x) => x.ruleId === 'DL3003').map((x) => x.status)).toEqual(['suppressed', 'fail']);
  });
  it('disable-ignore-pragma turns pragmas off', () => {
    expect(run('FROM a:1\n# hadolint ignore=DL3003\nRUN cd /x\n', { disableIgnorePragma: true })[0]!.status).toBe('fail');
  });
  it('applies ignored (suppressed, source = config file), overrides, and drops level ignore', () => {
    const f = run('FROM debian\nRUN cd /x\n', { ignored: ['DL3006'], override: { error: ['DL3003'] }, sources: ['.hadolint.yaml'] });
    expect(f[0]).toMatchObject({ ruleId: 'DL3006', status: 'suppressed', suppression: { source: '.hadolint.yaml' } });
    expect(f[1]).toMatchObject({ ruleId: 'DL3003', severity: 'high', properties: { level: 'error' } });
    expect(run('FROM a:1\n').some((x) => x.ruleId === 'DL3057')).toBe(false);
    expect(run('FROM a:1\n', { override: { info: ['DL3057'] } }).some((x) => x.ruleId === 'DL3057')).toBe(true);
  });
  it('lets error win when a code is overridden twice', () => {
    expect(overriddenLevel({ override: { error: ['X'], style: ['X'] } }, 'X', 'info')).toBe('error');
  });
  it('decides the exit code as hadolint does', () => {
    const style = run('FROM a:1\nLABEL Bad=1\n');
    expect(hadolintExitCode(style, {})).toBe(0);
    expect(hadolintExitCode(style, { failureThreshold: 'style' })).toBe(1);
    expect(hadolintExitCode(style, { failureThreshold: 'none' })).toBe(1);
    const warn = run('FROM a\n');
    expect(hadolintExitCode(warn, { failureThreshold: 'error' })).toBe(0);
    expect(hadolintExitCode(warn, { noFail: true })).toBe(1 - 1);
  });
});
