import { describe, expect, it } from 'vitest';
import { deployment, pdb, scoreOf, service } from '../__fixtures__/build.js';

describe('check helpers', () => {
  it('servicesSelecting: a Service with an empty selector targets every pod of its namespace', () => {
    expect(scoreOf('deployment-strategy', [deployment({ strategy: { type: 'Recreate' } }), service({ selector: {} })]).grade).toBe(5);
  });
  it('selectorOrFail: an invalid PDB selector fails the run with the file and line', () => {
    expect(() => scoreOf('deployment-has-poddisruptionbudget', [deployment(), pdb({ selector: { matchExpressions: [{ key: 'a', operator: 'Bad' }] } })])).toThrow(/m\.yaml:\d+: PodDisruptionBudget pdb: spec\.selector/);
  });
});
