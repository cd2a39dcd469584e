import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckOutcome, CommandIO } from '@flightcheck/core';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from './cli.js';

const root = mkdtempSync(join(tmpdir(), 'secrets-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const io: CommandIO = { cwd: root, env: {}, stderr: () => {}, stdout: () => {}, isTTY: false, readStdin: async () => '' };

describe('secrets CLI plugin', () => {
  it('registers the secrets command', () => {
    expect(plugin.name).toBe('@flightcheck/secrets');
    expect(plugin.commands.map((c) => c.command)).toEqual(['secrets [paths..]']);
  });

  it('scans the given paths relative to the current directory', async () => {
    writeFileSync(join(root, 'flightcheck.yaml'), 'failOn: high\n');
    writeFileSync(join(root, '.env'), `DB_PASSWORD=${['air', 'flow', '42'].join('')}\n`);
    const outcome = (await plugin.commands[0]!.run({ paths: ['.env'] }, io)) as CheckOutcome;
    expect(outcome.report.results[0]!.findings).toMatchObject([{ ruleId: 'credential-assignment', location: { file: '.env', line: 1 } }]);
  });
});
