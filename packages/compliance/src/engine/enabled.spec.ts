import { describe, expect, it } from 'vitest';
import { decideEnabled } from './enabled.js';
import { DEFAULT_SCORE_OPTIONS } from './types.js';

const o = DEFAULT_SCORE_OPTIONS;

describe('decideEnabled', () => {
  it('defaults: default checks on, optional off', () => {
    expect(decideEnabled('a', false, {}, undefined, o).enabled).toBe(true);
    expect(decideEnabled('a', true, {}, undefined, o)).toEqual({ enabled: false, reason: 'optional check, not enabled' });
    expect(decideEnabled('a', true, {}, undefined, { ...o, enableOptionalTests: ['a'] }).enabled).toBe(true);
    expect(decideEnabled('a', true, {}, undefined, { ...o, allDefaultOptional: true }).enabled).toBe(true);
  });
  it('template ignore > template enable > object ignore > object enable', () => {
    expect(decideEnabled('a', true, { 'kube-score/enable': 'a' }, { 'kube-score/ignore': 'a' }, o).enabled).toBe(false);
    expect(decideEnabled('a', false, { 'kube-score/ignore': 'a' }, { 'kube-score/enable': 'a' }, o).enabled).toBe(true);
    expect(decideEnabled('a', false, { 'kube-score/ignore': ' b , a ' }, undefined, o).enabled).toBe(false);
  });
  it('container-resources implies the ephemeral storage check; annotations can be turned off', () => {
    expect(decideEnabled('container-ephemeral-storage-request-and-limit', false, { 'kube-score/ignore': 'container-resources' }, undefined, o).enabled).toBe(false);
    expect(decideEnabled('a', false, { 'kube-score/ignore': 'a' }, undefined, { ...o, useIgnoreChecksAnnotation: false }).enabled).toBe(true);
    expect(decideEnabled('a', true, { 'kube-score/enable': 'a' }, undefined, { ...o, useOptionalChecksAnnotation: false }).enabled).toBe(false);
  });
});
