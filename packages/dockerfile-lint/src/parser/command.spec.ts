import { describe, expect, it } from 'vitest';
import { argsNoFlags, cmdHasArgs, dropFlagArg, flagsOf, getFlags, isPipInstall } from './command.js';

const cmd = (name: string, ...args: string[]) => ({ name, args });

describe('command helpers', () => {
  it('reads flags as hadolint does', () => {
    expect(flagsOf('-abc')).toEqual(['a', 'b', 'c']);
    expect(flagsOf('--name=v')).toEqual(['name']);
    expect(flagsOf('--')).toEqual([]);
    expect(getFlags(cmd('x', '-y', '--no-cache', 'pkg'))).toEqual(['y', 'no-cache']);
  });
  it('keeps flag values unless dropped', () => {
    const c = cmd('apt-get', 'install', '-t', 'bookworm', 'a');
    expect(argsNoFlags(c)).toEqual(['install', 'bookworm', 'a']);
    expect(argsNoFlags(dropFlagArg(['t'], c))).toEqual(['install', 'a']);
    expect(argsNoFlags(dropFlagArg(['t'], cmd('x', '-t=v', 'a')))).toEqual(['a']);
  });
  it('matches any listed argument', () => {
    expect(cmdHasArgs('rm', ['-rf', '/var/lib/apt/lists/*'], cmd('rm', '-rf', '/tmp'))).toBe(true);
    expect(cmdHasArgs('rm', ['-rf'], cmd('rmdir', '-rf'))).toBe(false);
  });
  it('recognises pip installs', () => {
    expect(isPipInstall(cmd('pip3', 'install', 'a'))).toBe(true);
    expect(isPipInstall(cmd('python3', '-m', 'pip', 'install', 'a'))).toBe(true);
    expect(isPipInstall(cmd('pipenv', 'install'))).toBe(false);
  });
});
