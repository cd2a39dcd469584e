import { describe, expect, it } from 'vitest';
import { emptyLoad } from './types.js';

describe('emptyLoad', () => {
  it('is a fresh, empty result each time', () => {
    const a = emptyLoad();
    a.objects.push({} as never);
    expect(emptyLoad()).toEqual({ objects: [], problems: [], files: [], passedOver: [], empty: [] });
  });
});
