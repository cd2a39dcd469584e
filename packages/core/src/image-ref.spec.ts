import { describe, expect, it } from 'vitest';
import { splitImageRef } from './image-ref.js';

const D = `sha256:${'a'.repeat(64)}`;

describe('splitImageRef', () => {
  it('splits name, tag and digest', () => {
    expect(splitImageRef('python')).toEqual({ name: 'python' });
    expect(splitImageRef('python:3.12-slim')).toEqual({ name: 'python', tag: '3.12-slim' });
    expect(splitImageRef(`python:3.12@${D}`)).toEqual({ name: 'python', tag: '3.12', digest: D });
    expect(splitImageRef(`team/app@${D}`)).toEqual({ name: 'team/app', digest: D });
  });
  it('finds the registry only when the first component is a host', () => {
    expect(splitImageRef('ghcr.io/team/app:1')).toEqual({ name: 'ghcr.io/team/app', registry: 'ghcr.io', tag: '1' });
    expect(splitImageRef('localhost/app')).toEqual({ name: 'localhost/app', registry: 'localhost' });
    expect(splitImageRef('team/app:1')).toEqual({ name: 'team/app', tag: '1' });
    expect(splitImageRef('/app')).toEqual({ name: '/app' });
  });
  it('does not take a registry port for a tag', () => {
    expect(splitImageRef('host:5000/app')).toEqual({ name: 'host:5000/app', registry: 'host:5000' });
    expect(splitImageRef('[::1]:5000/app:2')).toEqual({ name: '[::1]:5000/app', registry: '[::1]:5000', tag: '2' });
  });
  it('keeps empty parts as written and does not validate', () => {
    expect(splitImageRef('app:')).toEqual({ name: 'app', tag: '' });
    expect(splitImageRef('app@')).toEqual({ name: 'app', digest: '' });
    expect(splitImageRef('')).toEqual({ name: '' });
    expect(splitImageRef('UPPER/x@md5:1')).toEqual({ name: 'UPPER/x', digest: 'md5:1' });
  });
});
