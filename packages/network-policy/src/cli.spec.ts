import { describe, expect, it } from 'vitest';
import plugin, { DIFF_FORMATS, LIST_FORMATS } from './cli.js';

describe('network-policy plugin', () => {
  it('offers one command with list, diff and check, and the np-guard formats', () => {
    expect(plugin.name).toBe('@flightcheck/network-policy');
    expect(plugin.commands.map((c) => c.command)).toEqual(['network-policy <action> [paths..]']);
    expect(plugin.commands[0]!.formats).toEqual(expect.arrayContaining(['np-guard-txt', 'np-guard-json', 'csv', 'dot']));
    expect(LIST_FORMATS).toContain('dot');
    expect(DIFF_FORMATS).toContain('markdown');
  });
});
