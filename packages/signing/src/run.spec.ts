import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSignTask, runVerifyTask } from './run.js';

describe('task runners never throw', () => {
  const root = mkdtempSync(join(tmpdir(), 'fc-run-'));
  it('sign without image.json is a result error', async () => {
    const report = await runSignTask({}, { root, projectName: 'p', env: {} });
    expect(report.results[0]!.error).toMatch(/image.json is missing/);
  });
  it('verify with a broken policy file is a result error', async () => {
    const report = await runVerifyTask({ mode: 'image', image: 'not a ref' }, { root, projectName: 'p', env: {} });
    expect(report.results[0]!.error).toBeTruthy();
  });
});
