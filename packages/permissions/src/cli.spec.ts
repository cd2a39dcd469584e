import { describe, expect, it } from 'vitest';
import plugin from './cli.js';

describe('permissions CLI plugin', () => {
  it('contributes the permissions command', () => {
    expect(plugin.name).toBe('@flightcheck/permissions');
    expect(plugin.commands.map((c) => c.command)).toEqual(['permissions']);
  });
});
