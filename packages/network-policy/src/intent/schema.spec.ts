import { describe, expect, it } from 'vitest';
import { INTENT_SCHEMA } from './schema.js';

describe('intent schema', () => {
  it('closes every object and bounds every list', () => {
    expect(INTENT_SCHEMA.additionalProperties).toBe(false);
    expect(INTENT_SCHEMA.properties.intent.items.additionalProperties).toBe(false);
    expect(INTENT_SCHEMA.properties.intent.maxItems).toBeGreaterThan(0);
    expect(INTENT_SCHEMA.properties.intent.items.required).toEqual(['from', 'to']);
  });
});
