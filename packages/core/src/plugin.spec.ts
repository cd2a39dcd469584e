import { describe, expect, it } from 'vitest';
import { createReport, defineCommand, definePlugin } from '@flightcheck/core';

describe('plugin contract', () => {
  it('accepts a plugin with commands', () => {
    const cmd = defineCommand({ command: 'demo [paths..]', describe: 'demo', run: async () => ({ report: createReport() }) });
    const p = definePlugin({ name: 'demo', commands: [cmd] });
    expect(p.commands[0]!.command).toBe('demo [paths..]');
  });
  it('rejects a plugin without a name or commands', () => {
    expect(() => definePlugin({ name: '', commands: [] })).toThrow(/needs a name/);
    expect(() => definePlugin({ name: 'x' } as never)).toThrow(/list of commands/);
  });
});
