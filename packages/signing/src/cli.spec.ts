import { describe, expect, it } from 'vitest';
import plugin from './cli.js';

describe('signing CLI plugin', () => {
  it('contributes sign, verify and verify-manifests', () => {
    expect(plugin.name).toBe('signing');
    expect(plugin.commands.map((c) => c.command)).toEqual(['sign', 'verify', 'verify-manifests <paths..>']);
  });
});
