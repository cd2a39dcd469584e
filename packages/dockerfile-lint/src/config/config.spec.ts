import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { configFromEnv, findConfigFile, mergeConfig, parseConfig, parseRequiredLabels } from './config.js';

describe('hadolint configuration', () => {
  it('reads every key', () => {
    const c = parseConfig(
      'ignored: [DL3008, SC2046]\ntrustedRegistries: [docker.io]\noverride:\n  error: [DL3001]\n  style: [DL3059]\nfailure-threshold: warning\nlabel-schema:\n  author: text\n  url: url\nstrict-labels: true\ndisable-ignore-pragma: true\nno-fail: false\n',
      'f.yaml',
    );
    expect(c).toEqual({
      sources: ['f.yaml'], ignored: ['DL3008', 'SC2046'], trustedRegistries: ['docker.io'], override: { error: ['DL3001'], style: ['DL3059'] },
      failureThreshold: 'warning', labelSchema: { author: 'text', url: 'url' }, strictLabels: true, disableIgnorePragma: true, noFail: false,
    });
  });
  it('rejects invalid YAML and wrong types with the file name', () => {
    expect(() => parseConfig('ignored: [', 'x.yaml')).toThrow(ConfigError);
    expect(() => parseConfig('failure-threshold: loud', 'x.yaml')).toThrow(/x.yaml.*failure-threshold/);
    expect(() => parseConfig('label-schema:\n  a: color', 'x.yaml')).toThrow(/label-schema.a/);
  });
  it('layers: scalars later win, lists concatenate', () => {
    const m = mergeConfig({ ignored: ['A'], failureThreshold: 'error' }, { ignored: ['B'], failureThreshold: 'style' });
    expect(m).toEqual({ ignored: ['A', 'B'], failureThreshold: 'style' });
  });
  it('reads HADOLINT_* variables', () => {
    expect(configFromEnv({ HADOLINT_NOFAIL: 'Yes', HADOLINT_IGNORE: 'DL3008, DL3009', HADOLINT_OVERRIDE_ERROR: 'DL3001', HADOLINT_REQUIRE_LABELS: 'a:url,b', HADOLINT_FAILURE_THRESHOLD: 'error', HADOLINT_TRUSTED_REGISTRIES: 'r1' })).toEqual({
      noFail: true, ignored: ['DL3008', 'DL3009'], override: { error: ['DL3001'] }, labelSchema: { a: 'url', b: 'text' }, failureThreshold: 'error', trustedRegistries: ['r1'],
    });
    expect(configFromEnv({ HADOLINT_STRICT_LABELS: 'nope' })).toEqual({ strictLabels: false });
  });
  it('looks the file up as hadolint does', () => {
    const home = mkdtempSync(join(tmpdir(), 'hl-home-'));
    const cwd = mkdtempSync(join(tmpdir(), 'hl-cwd-'));
    const env = { HOME: home, XDG_CONFIG_HOME: join(home, 'xdg') };
    expect(findConfigFile(cwd, env)).toBeUndefined();
    writeFileSync(join(home, '.hadolint.yml'), '');
    expect(findConfigFile(cwd, env)).toBe(join(home, '.hadolint.yml'));
    mkdirSync(join(home, 'xdg'));
    writeFileSync(join(home, 'xdg', 'hadolint.yaml'), '');
    expect(findConfigFile(cwd, env)).toBe(join(home, 'xdg', 'hadolint.yaml'));
    writeFileSync(join(cwd, '.hadolint.yaml'), '');
    expect(findConfigFile(cwd, env)).toBe(join(cwd, '.hadolint.yaml'));
    expect(() => findConfigFile(cwd, env, 'missing.yaml')).toThrow(/missing.yaml: configuration file not found/);
  });
  it('parses name:type labels', () => {
    expect(parseRequiredLabels(['a:semver', 'b'], 'x')).toEqual({ a: 'semver', b: 'text' });
    expect(() => parseRequiredLabels(['a:nope'], 'x')).toThrow(ConfigError);
  });
});
