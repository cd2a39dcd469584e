import { describe, expect, it } from 'vitest';
import { containersOf, inUserNamespace, isWindows, mapAt, present, str, withApiServerDefaults } from './pod.js';

describe('pod view', () => {
  it('visits init, regular, then ephemeral containers with their paths', () => {
    const spec = { containers: [{ name: 'a' }, { name: 'b' }], initContainers: [{ name: 'i' }], ephemeralContainers: [{ name: 'e' }] };
    expect(containersOf(spec).map((c) => `${c.name}@${c.path.join('.')}`)).toEqual([
      'i@spec.initContainers.0', 'a@spec.containers.0', 'b@spec.containers.1', 'e@spec.ephemeralContainers.0',
    ]);
  });
  it('tolerates lists and items of the wrong shape', () => {
    expect(containersOf({ containers: 'x', initContainers: [null, 3] }).map((c) => c.name)).toEqual(['', '']);
  });
  it('reads pointers as Go does: null is nil', () => {
    expect(present({ a: null }, 'a')).toBe(false);
    expect(present({ a: {} }, 'a')).toBe(true);
    expect(mapAt({ a: [] }, 'a')).toBeUndefined();
    expect(str({ a: 3 }, 'a')).toBe('3');
    expect(inUserNamespace({ hostUsers: false })).toBe(true);
    expect(inUserNamespace({})).toBe(false);
    expect(isWindows({ os: { name: 'windows' } })).toBe(true);
  });
  it('defaults a volume without a source to emptyDir, without touching the input', () => {
    const spec = { volumes: [{ name: 'v' }, { name: 'h', hostPath: { path: '/' } }, { name: 'n', nfs: null }] };
    const out = withApiServerDefaults(spec, false);
    expect(out.volumes).toEqual([{ name: 'v', emptyDir: {} }, { name: 'h', hostPath: { path: '/' } }, { name: 'n', nfs: null, emptyDir: {} }]);
    expect(spec.volumes[0]).toEqual({ name: 'v' });
  });
  it('gives hostNetwork Pods hostPort = containerPort, not templates', () => {
    const spec = { hostNetwork: true, containers: [{ name: 'c', ports: [{ containerPort: 80 }, { containerPort: 81, hostPort: 9 }] }], initContainers: [{ name: 'i', ports: [{ containerPort: 53 }] }] };
    const pod = withApiServerDefaults(spec, true);
    expect(pod.containers[0].ports).toEqual([{ containerPort: 80, hostPort: 80 }, { containerPort: 81, hostPort: 9 }]);
    expect(pod.initContainers[0].ports).toEqual([{ containerPort: 53, hostPort: 53 }]);
    expect(withApiServerDefaults(spec, false)).toBe(spec);
  });
});
