import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createReport } from '@flightcheck/core';
import { gateRuns, loadCore, postTasksExecution } from './post-tasks.js';

const core = resolve(dirname(fileURLToPath(import.meta.url)), '../../core');
const result = (project: string, target: string) => ({ task: { target: { project, target } }, status: 'success' });

/** A workspace root whose node_modules holds `@flightcheck/core` (the repository's package, or `fake`). */
function workspace(fake?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'fc-post-'));
  mkdirSync(join(root, 'node_modules/@flightcheck'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{"name":"ws","private":true}');
  if (fake === undefined) symlinkSync(core, join(root, 'node_modules/@flightcheck/core'));
  else {
    mkdirSync(join(root, 'node_modules/@flightcheck/core'));
    writeFileSync(join(root, 'node_modules/@flightcheck/core/package.json'), fake);
  }
  return root;
}

describe('the summary after a run', () => {
  it('groups the run by the projects whose gate ran', () => {
    const taskResults = { 'a:security': result('a', 'security'), 'a:x': result('a', 'x'), 'b:x': result('b', 'x') };
    expect(gateRuns({ workspaceRoot: '/', taskResults }, 'security')).toEqual([{ project: 'a', tasks: [{ project: 'a', target: 'x' }] }]);
  });

  it("loads core's built module by path, whatever the export conditions, and says why it cannot", async () => {
    const loaded = await loadCore(workspace());
    expect(typeof loaded.runSummary).toBe('function');
    await expect(loadCore(mkdtempSync(join(tmpdir(), 'fc-post-')))).rejects.toThrow('@flightcheck/core is not installed');
    await expect(loadCore(workspace('{"name":"@flightcheck/core","exports":{"./package.json":"./package.json"}}'))).rejects.toThrow(/@flightcheck\/core is not built \(no .*dist\/index\.js\)/);
  });

  it('prints the merged verdict last, and nothing when no gate ran', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((t) => (out.push(String(t)), true));
    const root = workspace();
    mkdirSync(join(root, 'dist/flightcheck/a'), { recursive: true });
    const waived = { ruleId: 'R', severity: 'high' as const, message: 'm', status: 'suppressed' as const, suppression: { source: 'waiver', justification: 'SEC-1' } };
    writeFileSync(join(root, 'dist/flightcheck/a/x.json'), JSON.stringify(createReport([{ check: 'x', target: 't', engine: 'builtin', findings: [waived, waived] }])));
    await postTasksExecution({}, { workspaceRoot: root, taskResults: { 'a:x': result('a', 'x') } });
    expect(out).toEqual([]);
    await postTasksExecution({ targetNames: { security: 'gate' } }, { workspaceRoot: root, taskResults: { 'a:gate': result('a', 'gate'), 'a:x': result('a', 'x') } });
    const lines = out.join('').trim().split('\n');
    expect(lines.pop()).toBe('flightcheck gate: PASSED (1 project)');
    expect(lines.filter((l) => l.includes('suppressed 2 × x (waiver: SEC-1)'))).toHaveLength(1);
    // a summary that cannot be made never fails the run
    out.length = 0;
    writeFileSync(join(root, 'flightcheck.yaml'), 'failOn: [\n');
    await expect(postTasksExecution({}, { workspaceRoot: root, taskResults: { 'a:security': result('a', 'security') } })).resolves.toBeUndefined();
    expect(out.join('')).toMatch(/flightcheck gate: FAILED: /);
    vi.restoreAllMocks();
  });
});
