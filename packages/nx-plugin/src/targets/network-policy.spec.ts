import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKS } from './index.js';
import { networkPolicy } from './network-policy.js';

const p = { name: 'airflow-manifests', root: 'manifests/airflow', kind: 'manifests' as const, workspaceRoot: '/ws' };

describe('network-policy target', () => {
  it('checks the manifests folder, part of security, with its YAML and JSON as inputs', () => {
    expect(networkPolicy.appliesTo).toBe('manifests');
    expect(networkPolicy.executor).toBe('@flightcheck/network-policy:check');
    expect(networkPolicy.options(p)).toEqual({ paths: ['manifests/airflow'] });
    expect(networkPolicy.inputs(p)).toEqual(expect.arrayContaining(['{projectRoot}/**/*.yaml', '{projectRoot}/**/*.json']));
    expect(networkPolicy.security).toBe(true);
    expect(networkPolicy.extra?.cache).not.toBe(false);
  });
  it('is one of the built-in checks', () => {
    expect(BUILTIN_CHECKS).toContain(networkPolicy);
  });
});
