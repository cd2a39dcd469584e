import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installSteps, manualCommand, runSteps } from './install.js';

describe('installing a generated check', () => {
  it('links the package with npm, then builds it with the workspace tsc', () => {
    const steps = installSteps('/ws', 'packages/licenses');
    expect(steps.map((s) => [s.bin, s.args[0]])).toEqual([['npm', 'install'], ['node', expect.stringMatching(/typescript\/bin\/tsc$/)]]);
    expect(steps[1]!.args.slice(1)).toEqual(['-b', 'packages/licenses/tsconfig.lib.json']);
    expect(manualCommand('packages/licenses')).toBe('npm install --no-audit --no-fund && npx tsc -b packages/licenses/tsconfig.lib.json');
  });

  it('runs the steps in order, says how long each took, and stops at a failing one with its output', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fc-install-'));
    const log: string[] = [];
    await runSteps([{ title: 'first', bin: 'node', args: ['-e', 'process.exit(0)'] }], cwd, (l) => log.push(l));
    expect(log).toEqual(['flightcheck: first …', expect.stringMatching(/^flightcheck: first: done in \d+\.\d s$/)]);
    await expect(runSteps([{ title: 'broken', bin: 'node', args: ['-e', 'console.error("no lockfile"); process.exit(3)'] }, { title: 'never', bin: 'node', args: ['-e', ''] }], cwd, (l) => log.push(l))).rejects.toThrow(/broken failed \(exit 3\):\nno lockfile/);
    expect(log.some((l) => l.includes('never'))).toBe(false);
  });
});
