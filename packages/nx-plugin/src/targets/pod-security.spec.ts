import { describe, expect, it } from 'vitest';
import { podSecurity } from './pod-security.js';

const p = { name: 'airflow-manifests', root: 'manifests/airflow', kind: 'manifests' as const, workspaceRoot: '/ws' };

describe('pod-security target', () => {
  it('judges the manifests folder, part of security, with its YAML as inputs', () => {
    expect(podSecurity.appliesTo).toBe('manifests');
    expect(podSecurity.executor).toBe('@flightcheck/pod-security:check');
    expect(podSecurity.options(p)).toEqual({ paths: ['manifests/airflow'] });
    expect(podSecurity.inputs(p)).toEqual(['{projectRoot}/**/*.yaml', '{projectRoot}/**/*.yml']);
    expect(podSecurity.security).toBe(true);
    expect(podSecurity.extra?.cache).not.toBe(false);
  });
});
