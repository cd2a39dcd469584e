import { describe, expect, it } from 'vitest';
import { deployment, pdb, scoreOf } from '../__fixtures__/build.js';

describe('checkHasPdb', () => {
  it('names the namespace of a budget found elsewhere', () => {
    const c = scoreOf('deployment-has-poddisruptionbudget', [deployment(), pdb({}, { namespace: 'other' })]);
    expect(c.grade).toBe(1);
    expect(c.comments[0]!.description).toContain("expected='ns' got='[other]'");
  });
});
