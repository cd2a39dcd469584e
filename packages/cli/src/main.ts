import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { configureToolLimits, CORE_FORMATS, FlightcheckError, loadPolicy, SEVERITIES, type CliCommand, type CommandIO, type CommonArgs, type FlightcheckPlugin } from '@flightcheck/core';
import { commandName, configuredPlugins, loadPlugin, scopePlugins, type PluginSource } from './discover.js';
import { processIO } from './io.js';
import { emit } from './output.js';
import { reportCommand } from './report-command.js';
import { isTopLevelInfo, renderTopLevelHelp, USAGE } from './help.js';

export const VERSION = '0.1.0';

/** True when the command's own builder defines `--config` (a tool's configuration file, e.g. hadolint's). */
function definesConfig(y: Argv): boolean {
  const options = (y as unknown as { getOptions(): { key: Record<string, unknown> } }).getOptions();
  return Boolean(options.key.config);
}

function addCommonOptions(y: Argv, command: CliCommand<any>, ownConfig: boolean): Argv {
  const formats = [...CORE_FORMATS, ...(command.formats ?? [])];
  const withConfig = ownConfig ? y : y.option('config', { type: 'string', describe: 'policy file (default: flightcheck.yaml at the workspace root)' });
  return withConfig
    .option('format', { alias: 'f', type: 'string', choices: formats, describe: 'output format', default: command.defaultFormat ?? 'text' })
    .option('fail-on', { type: 'string', choices: [...SEVERITIES, 'none'], describe: 'exit 1 when a finding is at or above this severity (default: policy, else high)' })
    .option('output', { alias: 'o', type: 'string', describe: 'write the report to this file instead of stdout' })
    .option('waivers', { type: 'string', describe: 'waiver file (default: flightcheck.waivers.yaml at the workspace root)' })
    .option('color', { type: 'boolean', describe: 'colour the text output (default: on a terminal)' })
    .option('verbose', { type: 'boolean', describe: 'also show passing findings' });
}

export interface MainOptions {
  io?: CommandIO;
  /** Plugins to load instead of discovering them (tests). */
  plugins?: PluginSource[];
  /**
   * Plugin modules already in hand, by package name (the bundled entry points of tools/bundle-cli.mjs carry
   * the package of their command): used instead of importing that package's module.
   */
  preloaded?: Record<string, FlightcheckPlugin>;
}

/** Runs the CLI and resolves to its exit code: 0 pass, 1 findings at or above --fail-on, 2 usage or input error. */
/**
 * yargs drops a lone `-` (stdin) from variadic positionals (`[paths..]`): it is carried through the parse as
 * this token and turned back into `-` before a command runs.
 */
const STDIN_TOKEN = '\u0000stdin';
const restoreStdin = (v: unknown): unknown => (v === STDIN_TOKEN ? '-' : Array.isArray(v) ? v.map(restoreStdin) : v);

export async function main(rawArgv: string[], options: MainOptions = {}): Promise<number> {
  const argv = rawArgv.map((a) => (a === '-' ? STDIN_TOKEN : a));
  const io = options.io ?? processIO();
  let exitCode = 0;
  const fail = (e: unknown): number => {
    if (e instanceof FlightcheckError) {
      io.stderr(`flightcheck: ${e.message}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.stderr(`flightcheck: internal error: ${err?.message ?? String(e)}\n${io.env.FLIGHTCHECK_DEBUG ? `${err?.stack}\n` : ''}`);
    return 2;
  };
  let commands: CliCommand<any>[];
  try {
    commands = await loadCommands(options.plugins ?? configuredPlugins(io.cwd, io.env), options.plugins ? [] : scopePlugins(), argv, io, options.preloaded ?? {});
    commands.push(reportCommand);
  } catch (e) {
    return fail(e);
  }
  const info = isTopLevelInfo(rawArgv);
  if (info === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const width = Math.min(120, process.stdout.columns || 100);
  if (info === 'help') {
    io.stdout(renderTopLevelHelp(commands, width));
    return 0;
  }
  // yargs is loaded only for a command line that needs it (start-up time of --help and --version)
  const { default: yargs } = await import('yargs');
  let parser = yargs(argv)
    .scriptName('flightcheck')
    .usage(USAGE)
    .version(VERSION)
    .strict()
    .demandCommand(1, 'name a check to run; see the list of commands above')
    .recommendCommands()
    .wrap(width)
    .help()
    .alias('h', 'help')
    .fail((msg, err) => {
      if (err) throw err;
      throw new UsageErrorWithHelp(msg);
    });
  skipHelpCache(parser);
  for (const command of commands) {
    let ownConfig = false;
    parser = parser.command({
      command: command.command,
      describe: command.describe,
      aliases: command.aliases ?? [],
      builder: (y: Argv) => {
        const built = command.builder ? command.builder(y) : y;
        ownConfig = definesConfig(built);
        return addCommonOptions(built, command, ownConfig);
      },
      handler: async (args: Record<string, unknown>) => {
        for (const k of Object.keys(args)) args[k] = restoreStdin(args[k]);
        const common = { ...args, failOn: args['fail-on'] } as CommonArgs & Record<string, unknown>;
        // the tools a check starts run under the `tools:` bounds of the policy named on the command line
        if (!ownConfig && typeof common.config === 'string' && existsSync(resolve(io.cwd, common.config))) configureToolLimits(loadPolicy(resolve(io.cwd, common.config)).tools ?? { all: {}, byTool: {} });
        const outcome = await command.run(common, io);
        exitCode = typeof outcome === 'number' ? outcome : emit(outcome, common, io, ownConfig ? undefined : common.config);
      },
    });
  }
  try {
    await parser.parseAsync(argv, {}, (err, _argv, output) => {
      if (output && !err) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    });
  } catch (e) {
    if (e instanceof UsageErrorWithHelp) {
      io.stderr(`flightcheck: ${e.message}\nRun 'flightcheck --help' for usage.\n`);
      return 2;
    }
    return fail(e);
  }
  return exitCode;
}

class UsageErrorWithHelp extends Error {}

/**
 * yargs renders a command's whole help text as its handler starts (cacheHelpMessage: 10-25 ms of a command's
 * start-up, every option measured and wrapped), so that the handler could print it later with showHelp(). Nothing
 * here ever does: help is printed for --help only, which yargs renders itself before any handler runs, and a failure
 * is a one-line reason (the .fail() above). So the cache is left empty; the output is the same.
 */
export function skipHelpCache(parser: Argv): void {
  const internal = (parser as unknown as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: unknown } } }).getInternalMethods?.();
  const usage = internal?.getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}

/** The first word of the command line that is not an option: the command to run, if any. */
function requestedCommand(argv: string[]): string | undefined {
  return argv.find((a) => !a.startsWith('-'));
}

/**
 * The commands of every plugin, loading only what this command line needs: a package that declares its
 * commands in package.json (`flightcheck.commands`) is imported only when one of them runs; for the top-level
 * help and for an unknown command its declarations stand in. A package that declares nothing loads always.
 */
async function loadCommands(
  configured: PluginSource[],
  builtin: PluginSource[],
  argv: string[],
  io: CommandIO,
  preloaded: Record<string, FlightcheckPlugin>,
): Promise<CliCommand<any>[]> {
  const wanted = requestedCommand(argv);
  const provides = (src: PluginSource, name: string) => src.commands?.some((c) => commandName(c.command) === name || c.aliases?.includes(name));
  // A word that no package declares (an option's value before the command, a typo) loads everything, so that
  // yargs parses it exactly as it would with every plugin loaded.
  const own = wanted !== undefined && commandName(reportCommand.command) === wanted;
  const declared = wanted !== undefined && (own || [...configured, ...builtin].some((src) => provides(src, wanted)));
  const needed = (src: PluginSource) => !src.commands || (wanted !== undefined && (!declared || provides(src, wanted)));
  const load = async (src: PluginSource, optional: boolean) => {
    if (!needed(src)) return { name: src.packageName, commands: src.commands!.map((c) => declaredStandIn(c, src)) };
    const inHand = preloaded[src.packageName];
    if (inHand) return inHand;
    try {
      return await loadPlugin(src);
    } catch (e) {
      // A plugin the user named must load; a flightcheck package that cannot (not built, broken install)
      // is reported on stderr and its commands are missing, never silently.
      if (!optional) throw e;
      io.stderr(`flightcheck: warning: ${src.packageName} could not be loaded, its commands are unavailable: ${(e as Error).message.split('\n')[0]}\n`);
      return undefined;
    }
  };
  const loaded = await Promise.all([...configured.map((s) => load(s, false)), ...builtin.map((s) => load(s, true))]);
  const seen = new Map<string, string>();
  const commands: CliCommand<any>[] = [];
  for (const p of loaded) {
    if (!p) continue;
    for (const c of p.commands) {
      const name = commandName(c.command);
      if (seen.has(name)) {
        io.stderr(`flightcheck: warning: command ${name} of plugin ${p.name} is already provided by ${seen.get(name)}; ignored\n`);
        continue;
      }
      seen.set(name, p.name);
      commands.push(c);
    }
  }
  return commands;
}

/** A declared command that is listed in the help but not run (its module was not loaded). */
function declaredStandIn(c: { command: string; describe: string; aliases?: string[] }, src: PluginSource): CliCommand<any> {
  return {
    command: c.command,
    describe: c.describe,
    ...(c.aliases ? { aliases: c.aliases } : {}),
    run: async () => {
      throw new Error(`${src.packageName}: command ${commandName(c.command)} was not loaded`);
    },
  };
}
