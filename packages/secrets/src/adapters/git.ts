import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findUp, findTool, runTool, type Tool } from '@flightcheck/core';

let git: Promise<Tool | undefined> | undefined;

/**
 * The files git would commit under `dir` (tracked, plus untracked ones not ignored): the cheap way to respect
 * .gitignore at every level. undefined when `dir` is not in a git work tree or git is not installed.
 */
export async function gitFiles(dir: string): Promise<string[] | undefined> {
  if (!findUp('.git', dir)) return undefined;
  git ??= findTool({ name: 'git', installHint: 'install git, or pass --no-gitignore' }).catch(() => undefined);
  const tool = await git;
  if (!tool) return undefined;
  const run = await runTool(tool, ['-C', dir, 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name', '--', '.'], { timeoutMs: 60_000, maxOutputBytes: 256 << 20, okCodes: [128] });
  if (run.code !== 0) return undefined; // not a work tree after all (e.g. a bare folder named .git)
  const top = await runTool(tool, ['-C', dir, 'rev-parse', '--show-toplevel'], { timeoutMs: 30_000 });
  const base = top.stdout.trim();
  return run.stdout
    .split('\0')
    .filter(Boolean)
    .map((f) => join(base, f))
    .filter((f) => existsSync(f));
}
