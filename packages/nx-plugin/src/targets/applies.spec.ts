import { describe, expect, it } from 'vitest';
import { appliesTo } from './applies.js';

const images = { name: 'a-image', root: 'images/a', kind: 'images' as const, workspaceRoot: '/ws' };
const manifests = { ...images, name: 'a-manifests', root: 'manifests/a', kind: 'manifests' as const };

describe('appliesTo', () => {
  it('matches one kind or several, and asks `when` last', () => {
    expect(appliesTo({ appliesTo: 'images' }, images)).toBe(true);
    expect(appliesTo({ appliesTo: 'images' }, manifests)).toBe(false);
    expect(appliesTo({ appliesTo: ['images', 'manifests'] }, manifests)).toBe(true);
    expect(appliesTo({ appliesTo: ['images', 'manifests'], when: (p) => p.kind === 'images' }, manifests)).toBe(false);
  });
});
