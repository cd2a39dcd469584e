import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadPolicy, validatePolicy } from '@flightcheck/core';

function policyFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fc-schema-')), 'flightcheck.yaml');
  writeFileSync(file, text);
  return file;
}

describe('the flightcheck.yaml schema', () => {
  it('accepts a per-check failOn beside the global one, and each check its own options', () => {
    const p = loadPolicy(policyFile('failOn: high\nchecks:\n  dockerfile-lint:\n    failOn: medium\n  signing:\n    publicKey: cosign.pub\n    repositories: [ghcr.io/example/airflow]\n'));
    expect(p.failOn).toBe('high');
    expect(p.checks['dockerfile-lint']).toEqual({ failOn: 'medium' });
    expect(p.checks.signing!.publicKey).toBe('cosign.pub');
  });

  it('knows the profile and the tool bounds (their own readers check what is inside)', () => {
    const p = loadPolicy(policyFile('profile: local\ntools:\n  memory: 2GiB\n'));
    expect(p.profile).toBe('local');
    expect(() => loadPolicy(policyFile('profile: staging\n'))).toThrow(/:1: profile must be one of/);
  });

  it('rejects a bad per-check threshold with the file, the line and the allowed values', () => {
    const file = policyFile('checks:\n  compliance:\n    failOn: warning\n');
    expect(() => loadPolicy(file)).toThrow(ConfigError);
    expect(() => loadPolicy(file)).toThrow(/flightcheck\.yaml:3: checks\.compliance\.failOn must be one of critical, high, medium, low, info, none/);
  });

  it('rejects an unknown top-level key (a typo would silently change nothing)', () => {
    expect(() => loadPolicy(policyFile('failOn: high\nfailon: low\n'))).toThrow(/flightcheck\.yaml:2: unknown key `failon`/);
    expect(() => loadPolicy(policyFile('failOn: severe\n'))).toThrow(/:1: failOn must be one of/);
  });

  it('rejects a check section that is not a mapping, and a check name that is not kebab-case', () => {
    expect(() => validatePolicy({ checks: { compliance: 'high' } }, 'f.yaml')).toThrow(/checks\.compliance must be object/);
    expect(() => validatePolicy({ checks: { 'Bad Name': {} } }, 'f.yaml')).toThrow(/kebab-case/);
    expect(() => validatePolicy({ plugins: 'x' }, 'f.yaml')).toThrow(/plugins must be array/);
  });
});
