import type { Command, ShellScript } from './shell.js';

/** The flags of one argument: `--name=v` → name; `--name` → name; `-abc` → a, b, c; `-`/`--` → none. */
export function flagsOf(arg: string): string[] {
  if (arg === '-' || arg === '--') return [];
  if (arg.startsWith('--')) return [arg.slice(2).split('=')[0]!];
  if (arg.startsWith('-')) return [...arg.slice(1)];
  return [];
}

export function getFlags(cmd: Command): string[] {
  return cmd.args.flatMap(flagsOf);
}

export function hasFlag(cmd: Command, flag: string): boolean {
  return getFlags(cmd).includes(flag);
}

export function hasAnyFlag(cmd: Command, flags: readonly string[]): boolean {
  const f = getFlags(cmd);
  return flags.some((x) => f.includes(x));
}

export function hasArg(cmd: Command, arg: string): boolean {
  return cmd.args.includes(arg);
}

/** Arguments that are not flags (the values of flags are kept, as hadolint does). */
export function argsNoFlags(cmd: Command): string[] {
  return cmd.args.filter((a) => !a.startsWith('-'));
}

/** Removes the token following each of the given flags (unless the flag carries `=value`). */
export function dropFlagArg(flags: readonly string[], cmd: Command): Command {
  const out: string[] = [];
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i]!;
    out.push(a);
    if (a.includes('=') || !a.startsWith('-') || a === '-' || a === '--') continue;
    const fs = flagsOf(a);
    // a short cluster takes a value only when the flag is its last letter
    const takes = a.startsWith('--') ? flags.includes(fs[0]!) : flags.includes(fs[fs.length - 1]!);
    if (takes) i++;
  }
  return { name: cmd.name, args: out };
}

/** The command is `name` and one of `args` is among its arguments. */
export function cmdHasArgs(name: string, args: readonly string[], cmd: Command): boolean {
  return cmd.name === name && args.some((a) => cmd.args.includes(a));
}

export function findCommands(script: ShellScript, name: string | readonly string[]): Command[] {
  const names = typeof name === 'string' ? [name] : name;
  return script.commands.filter((c) => names.includes(c.name));
}

export function usingProgram(script: ShellScript, name: string): boolean {
  return script.commands.some((c) => c.name === name);
}

/** `pip…` (not pipenv/pipx) with `install`, or `python… -m pip install`. */
export function isPipInstall(cmd: Command): boolean {
  if (cmd.name.startsWith('pip') && !cmd.name.startsWith('pipenv') && cmd.args.includes('install')) return true;
  if (cmd.name.startsWith('python')) {
    for (let i = 0; i + 2 < cmd.args.length; i++) {
      if (cmd.args[i] === '-m' && cmd.args[i + 1] === 'pip' && cmd.args[i + 2] === 'install') return true;
    }
  }
  return false;
}

/** The arguments after the first `install`. */
export function argsAfter(cmd: Command, word: string): string[] {
  const i = cmd.args.indexOf(word);
  return i < 0 ? [] : cmd.args.slice(i + 1);
}
