import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckOutcome, CommandIO } from '@flightcheck/core';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from './cli.js';

const root = mkdtempSync(join(tmpdir(), 'airflow-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const io: CommandIO = { cwd: root, env: {}, stderr: () => {}, stdout: () => {}, isTTY: false, readStdin: async () => '' };

describe('airflow CLI plugin', () => {
  it('registers the airflow command', () => {
    expect(plugin.name).toBe('@flightcheck/airflow');
    expect(plugin.commands.map((c) => c.command)).toEqual(['airflow [paths..]']);
  });

  it('checks the given paths relative to the current directory', async () => {
    writeFileSync(join(root, 'Dockerfile'), 'FROM apache/airflow:3.1.8\nENV AIRFLOW__CORE__LOAD_EXAMPLES=True\n');
    const outcome = (await plugin.commands[0]!.run({ paths: ['Dockerfile'] }, io)) as CheckOutcome;
    expect(outcome.report.results[0]!.findings).toMatchObject([{ ruleId: 'load-examples', location: { file: 'Dockerfile', line: 2 } }]);
  });
});
