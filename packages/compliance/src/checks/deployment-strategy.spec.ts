import { describe, expect, it } from 'vitest';
import { deployment, gradeOf, service } from './__fixtures__/build.js';
import check from './deployment-strategy.js';

describe('deployment-strategy', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('deployment-strategy'));
  it("OK with RollingUpdate behind a Service", () => expect(gradeOf('deployment-strategy', [deployment({ strategy: { type: 'RollingUpdate' } }), service()])).toBe('OK'));
  it("WARNING with Recreate behind a Service", () => expect(gradeOf('deployment-strategy', [deployment({ strategy: { type: 'Recreate' } }), service()])).toBe('WARNING'));
  it("SKIPPED when no Service selects it", () => expect(gradeOf('deployment-strategy', [deployment({ strategy: { type: 'Recreate' } })])).toBe('SKIPPED'));
});
