import yargs from 'yargs';
import { describe, expect, it } from 'vitest';
import { isTopLevelInfo, renderTopLevelHelp, USAGE, wrapText } from './help.js';

/** What yargs prints as the top-level help for these commands at this width. */
async function yargsHelp(commands: { command: string; describe: string }[], width: number): Promise<string> {
  let p = yargs([]).scriptName('flightcheck').usage(USAGE).version('0.0.0').help().alias('h', 'help').wrap(width);
  for (const c of commands) p = p.command(c.command, c.describe);
  return `${await p.getHelp()}\n`;
}

const COMMANDS = [
  { command: 'compliance [paths..]', describe: "Audit Kubernetes manifests with kube-score's checks ('compliance list' prints them)" },
  { command: 'dockerfile-lint [paths..]', describe: "Lint Dockerfiles with hadolint's rules, configuration and pragmas (hadolint when installed, else the built-in engine)" },
  { command: 'osv-db <action>', describe: 'Manage the offline OSV database of the built-in scanner (`osv-db fetch`)' },
  { command: 'verify-manifests <paths..>', describe: 'Check that every container image in Kubernetes manifests is pinned by digest and, with --key, that its signature verifies' },
  { command: 'x', describe: 'short' },
];

describe('top-level help without yargs', () => {
  it.each([100, 80, 120])('prints exactly what yargs prints, %i columns', async (width) => {
    expect(renderTopLevelHelp(COMMANDS, width)).toBe(await yargsHelp(COMMANDS, width));
  });

  it('prints exactly what yargs prints for one command', async () => {
    expect(renderTopLevelHelp(COMMANDS.slice(0, 1), 100)).toBe(await yargsHelp(COMMANDS.slice(0, 1), 100));
  });

  it('is only for a lone --help, -h or --version', () => {
    expect(isTopLevelInfo(['--help'])).toBe('help');
    expect(isTopLevelInfo(['-h'])).toBe('help');
    expect(isTopLevelInfo(['--version'])).toBe('version');
    expect(isTopLevelInfo(['compliance', '--help'])).toBeUndefined();
    expect(isTopLevelInfo(['--help', '--verbose'])).toBeUndefined();
    expect(isTopLevelInfo([])).toBeUndefined();
  });

  it('wraps greedily and keeps a long word whole', () => {
    expect(wrapText('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(wrapText('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
    expect(wrapText('one\ntwo', 80)).toEqual(['one', 'two']);
  });
});
