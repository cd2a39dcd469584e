import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReport, type CommandIO } from '@flightcheck/core';
import { emit, workspaceRoot } from './output.js';

function io(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const v: CommandIO = { cwd, env: {}, isTTY: false, stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), readStdin: async () => '' };
  return { v, out };
}

const report = () => createReport([{ check: 'c', target: 't', engine: 'builtin', findings: [{ ruleId: 'R', severity: 'medium', message: 'm', status: 'fail' }] }]);

describe('emit', () => {
  it('decides the exit code from --fail-on, the policy, or the check itself', () => {
    const ws = mkdtempSync(join(tmpdir(), 'fc-out-'));
    expect(emit({ report: report() }, { failOn: 'medium' }, io(ws).v)).toBe(1);
    expect(emit({ report: report() }, {}, io(ws).v)).toBe(0);
    writeFileSync(join(ws, 'flightcheck.yaml'), 'failOn: low\n');
    expect(emit({ report: report() }, {}, io(ws).v)).toBe(1);
    expect(emit({ report: report(), exitCode: 0 }, { failOn: 'info' }, io(ws).v)).toBe(0);
  });

  it('rejects an unknown format', () => {
    const ws = mkdtempSync(join(tmpdir(), 'fc-out-'));
    expect(() => emit({ report: report() }, { format: 'pdf' }, io(ws).v)).toThrow(/unknown format "pdf"/);
  });

  it('finds the workspace root by its policy, waiver or nx.json file', () => {
    const ws = mkdtempSync(join(tmpdir(), 'fc-out-'));
    mkdirSync(join(ws, 'a/b'), { recursive: true });
    writeFileSync(join(ws, 'nx.json'), '{}');
    expect(workspaceRoot(join(ws, 'a/b'))).toBe(ws);
  });
});
