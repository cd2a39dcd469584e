import { describe, expect, it } from 'vitest';
import { ConfigError } from './errors.js';
import { formatSize, GIB, limitsFromEnv, parseSize, parseToolLimitsConfig, resolveToolLimits } from './tool-limits.js';

const none = { all: {}, byTool: {} };

describe('tool limits', () => {
  it('parses sizes and refuses what is not one', () => {
    expect(parseSize('1GiB')).toBe(GIB);
    expect(parseSize('512M')).toBe(512 << 20);
    expect(parseSize('1.5g')).toBe(1.5 * GIB);
    expect(parseSize(4096)).toBe(4096);
    for (const bad of ['', 'lots', '1 PB', '-1G', 0, -5, 1.5, '1e9', null]) expect(parseSize(bad)).toBeUndefined();
    expect(formatSize(GIB)).toBe('1 GiB');
    expect(formatSize(256 << 20)).toBe('256 MiB');
  });

  it('defaults to 1 GiB and a CPU time equal to the job’s wall timeout; trivy gets more memory', () => {
    expect(resolveToolLimits('shellcheck', { timeoutMs: 10_000 }, none, {})).toEqual({ memoryBytes: GIB, cpuSeconds: 10, timeoutMs: 10_000 });
    expect(resolveToolLimits('trivy', {}, none, {}).memoryBytes).toBe(4 * GIB);
    // the Go tools reserve address space far beyond their use: cosign 2.x does not start under 1 GiB
    for (const tool of ['cosign', 'kube-score', 'docker', 'node', 'npm', 'npx']) expect(resolveToolLimits(tool, {}, none, {}).memoryBytes).toBe(4 * GIB);
    expect(resolveToolLimits('git', {}, none, {}).timeoutMs).toBe(300_000);
  });

  it('takes the most specific setting: env per tool, env for all, yaml per tool, yaml for all, the caller', () => {
    const config = parseToolLimitsConfig({ memory: '2GiB', timeoutSeconds: 30, shellcheck: { memory: '512MiB', cpuSeconds: 5 } }, 'flightcheck.yaml');
    expect(resolveToolLimits('shellcheck', { timeoutMs: 10_000 }, config, {})).toEqual({ memoryBytes: 512 << 20, cpuSeconds: 5, timeoutMs: 30_000 });
    expect(resolveToolLimits('git', {}, config, {}).memoryBytes).toBe(2 * GIB);
    const env = { FLIGHTCHECK_TOOL_MEMORY: '3GiB', FLIGHTCHECK_SHELLCHECK_TIMEOUT_SECONDS: '2' };
    expect(resolveToolLimits('shellcheck', {}, config, env)).toMatchObject({ memoryBytes: 3 * GIB, timeoutMs: 2000 });
    expect(limitsFromEnv({ FLIGHTCHECK_KUBE_SCORE_MEMORY: '256M' }, 'kube-score')).toEqual({ memoryBytes: 256 << 20 });
  });

  it('rejects a bad tools section naming the key', () => {
    expect(() => parseToolLimitsConfig({ memory: '12' }, 'f.yaml')).toThrow(/tools\.memory must be a size of at least 64MiB/);
    expect(() => parseToolLimitsConfig({ trivy: { memory: '1GiB', swap: 1 } }, 'f.yaml')).toThrow(/tools\.trivy\.swap is not a tool limit/);
    expect(() => parseToolLimitsConfig({ cpuSeconds: -1 }, 'f.yaml')).toThrow(ConfigError);
    expect(() => parseToolLimitsConfig(['x'], 'f.yaml')).toThrow(/must be a mapping/);
    expect(() => parseToolLimitsConfig({ git: 5 }, 'f.yaml')).toThrow(/tools\.git must be a mapping/);
    expect(() => limitsFromEnv({ FLIGHTCHECK_TOOL_MEMORY: 'huge' })).toThrow(/FLIGHTCHECK_TOOL\.memory/);
  });
});
