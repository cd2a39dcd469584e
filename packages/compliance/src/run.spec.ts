import { describe, expect, it } from 'vitest';
import { runCompliance, runComplianceSafely } from './run.js';

describe('runCompliance', () => {
  it('runs the built-in engine and says so', async () => {
    const out = await runCompliance({ paths: ['-'], cwd: '/', engine: 'builtin', readStdin: async () => 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {type: NodePort}\n' });
    expect(out.engine).toBe('builtin');
    expect(out.report.results[0]!.findings.map((f) => f.ruleId).sort()).toEqual(['service-targets-pod', 'service-type']);
  });
  it('fails closed: an input error becomes a Result error', async () => {
    const r = await runComplianceSafely({ paths: ['/no/such/file.yaml'], cwd: '/', engine: 'builtin' });
    expect(r.results[0]!.error).toMatch(/no such file/);
  });
  it('rejects an unknown engine', async () => {
    await expect(runCompliance({ paths: ['-'], cwd: '/', engine: 'x' as never })).rejects.toThrow(/unknown engine/);
  });
});
