import { describe, expect, it } from 'vitest';
import { run, subject } from '../__fixtures__/subject.js';
import { layerIntegrity } from './layer-integrity.js';

describe('layer-integrity', () => {
  it('passes a clean tree', () => expect(run(layerIntegrity, subject())).toEqual([]));
  it('reports refused and inconsistent entries', () => {
    const f = run(layerIntegrity, subject([{ path: '../../etc/x', invalid: 'name escapes the root (`..`)' }, { path: '/h', type: 'hardlink', linkTarget: '/nope' }]));
    expect(f.map((x) => [x.messageId ?? x.severity])).toEqual([['high'], ['low']]);
    expect(f[0]!.message).toMatch(/escapes the root/);
  });
});
