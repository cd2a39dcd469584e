import { describe, expect, it } from 'vitest';
import { scoreWithBuiltin } from './builtin.js';
import { DEFAULT_SCORE_OPTIONS } from './engine/types.js';

describe('scoreWithBuiltin', () => {
  it('parses stdin and scores it, counting passed-over objects', async () => {
    const out = await scoreWithBuiltin(['-'], DEFAULT_SCORE_OPTIONS, async () => 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: x}\n');
    expect(out.scored.map((o) => o.key)).toEqual(['Service/v1//s']);
    expect(out.passedOver).toHaveLength(1);
  });
});
