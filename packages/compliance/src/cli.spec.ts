import { describe, expect, it } from 'vitest';
import plugin from './cli.js';

describe('compliance CLI plugin', () => {
  it('contributes the compliance command with the kube-score formats', () => {
    expect(plugin.name).toBe('@flightcheck/compliance');
    expect(plugin.commands[0]!.command).toBe('compliance [paths..]');
    expect(plugin.commands[0]!.formats).toEqual(['kube-score-json', 'kube-score-ci']);
  });
  it('prints the list for `compliance list`', async () => {
    let out = '';
    const io = { cwd: '/', env: {}, stdout: (t: string) => void (out += t), stderr: () => {}, isTTY: false, readStdin: async () => '' };
    expect(await plugin.commands[0]!.run({ paths: ['list'] }, io)).toBe(0);
    expect(out.split('\n').filter(Boolean)).toHaveLength(39);
  });
});
