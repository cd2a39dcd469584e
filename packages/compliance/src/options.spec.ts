import { UsageError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { listFlag, parseKubernetesVersion, toKubeScoreArgs, toScoreOptions } from './options.js';

describe('kube-score flags', () => {
  it('defaults', () => {
    expect(toScoreOptions({})).toMatchObject({ kubernetesVersion: { major: 1, minor: 18 }, minReplicasDeployment: 2, useIgnoreChecksAnnotation: true });
  });
  it('lists are repeatable or comma-separated', () => {
    expect(listFlag(['a,b', ' c '])).toEqual(['a', 'b', 'c']);
    expect(toScoreOptions({ ignoreTest: 'service-type,label-values' }).ignoreTests).toEqual(['service-type', 'label-values']);
  });
  it('validates', () => {
    expect(parseKubernetesVersion('1.29')).toEqual({ major: 1, minor: 29 });
    expect(() => parseKubernetesVersion('v1.2.3')).toThrow(UsageError);
    expect(() => toScoreOptions({ ignoreTest: 'nope' })).toThrow(/unknown check/);
    expect(() => toScoreOptions({ allDefaultOptional: true, ignoreTest: 'service-type' })).toThrow(UsageError);
    expect(() => toScoreOptions({ minReplicasHpa: -1 })).toThrow(UsageError);
  });
  it('round-trips to kube-score arguments', () => {
    const args = toKubeScoreArgs(toScoreOptions({ kubernetesVersion: 'v1.29', enableOptionalTest: ['container-seccomp-profile'], disableIgnoreChecksAnnotations: true }));
    expect(args).toEqual(expect.arrayContaining(['--kubernetes-version', 'v1.29', '--enable-optional-test', 'container-seccomp-profile', '--disable-ignore-checks-annotations']));
  });
});
