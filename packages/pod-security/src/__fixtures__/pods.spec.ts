import { describe, expect, it } from 'vitest';
import { podSubject } from './pods.js';

describe('podSubject', () => {
  it('reads annotations, spec and the version comment', () => {
    const s = podSubject('# version: v1.22\nmetadata: { annotations: { a: b } }\nspec: { volumes: [{ name: v }] }');
    expect(s.minor).toBe(22);
    expect(s.pod.annotations).toEqual({ a: 'b' });
    expect(s.pod.spec.volumes).toEqual([{ name: 'v', emptyDir: {} }]);
    expect(podSubject('spec: {}').minor).toBe(35);
  });
});
