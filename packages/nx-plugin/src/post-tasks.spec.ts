import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createReport } from '@flightcheck/core';
import { gateRuns, postTasksExecution } from './post-tasks.js';

const result = (project: string, target: string) => ({ task: { target: { project, target } }, status: 'success' });

describe('the summary after a run', () => {
  it('groups the run by the projects whose gate ran', () => {
    const taskResults = { 'a:security': result('a', 'security'), 'a:x': result('a', 'x'), 'b:x': result('b', 'x') };
    expect(gateRuns({ workspaceRoot: '/', taskResults }, 'security')).toEqual([{ project: 'a', tasks: [{ project: 'a', target: 'x' }] }]);
  });

  it('prints the merged verdict last, and nothing when no gate ran', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((t) => (out.push(String(t)), true));
    const root = mkdtempSync(join(tmpdir(), 'fc-post-'));
    mkdirSync(join(root, 'dist/flightcheck/a'), { recursive: true });
    writeFileSync(join(root, 'dist/flightcheck/a/x.json'), JSON.stringify(createReport([{ check: 'x', target: 't', engine: 'builtin', findings: [] }])));
    await postTasksExecution({}, { workspaceRoot: root, taskResults: { 'a:x': result('a', 'x') } });
    expect(out).toEqual([]);
    await postTasksExecution({ targetNames: { security: 'gate' } }, { workspaceRoot: root, taskResults: { 'a:gate': result('a', 'gate'), 'a:x': result('a', 'x') } });
    expect(out.join('').trim().split('\n').pop()).toBe('flightcheck gate: PASSED (1 project)');
    // a summary that cannot be made never fails the run
    out.length = 0;
    writeFileSync(join(root, 'flightcheck.yaml'), 'failOn: [\n');
    await expect(postTasksExecution({}, { workspaceRoot: root, taskResults: { 'a:security': result('a', 'security') } })).resolves.toBeUndefined();
    vi.restoreAllMocks();
  });
});
