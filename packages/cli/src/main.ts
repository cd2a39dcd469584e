import yargs, { type Argv } from 'yargs';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { configureToolLimits, CORE_FORMATS, FlightcheckError, loadPolicy, SEVERITIES, type CliCommand, type CommandIO, type CommonArgs } from '@flightcheck/core';
import { configuredPlugins, loadPlugin, scopePlugins, type PluginSource } from './discover.js';
import { processIO } from './io.js';
import { emit } from './output.js';
import { reportCommand } from './report-command.js';

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
    const configured = configuredPlugins(io.cwd, io.env);
    const builtin = options.plugins ? [] : scopePlugins();
    // A plugin the user named must load; a flightcheck package that cannot (not built, broken install)
    // is reported on stderr and its commands are missing, never silently.
    const loaded = await Promise.all([
      ...(options.plugins ?? configured).map(loadPlugin),
      ...builtin.map((src) =>
        loadPlugin(src).catch((e: Error) => {
          io.stderr(`flightcheck: warning: ${src.packageName} could not be loaded, its commands are unavailable: ${e.message.split('\n')[0]}\n`);
          return undefined;
        }),
      ),
    ]);
    const plugins = loaded.filter((p): p is NonNullable<typeof p> => p !== undefined);
    const seen = new Map<string, string>();
    commands = [];
    for (const p of plugins) {
      for (const c of p.commands) {
        const name = c.command.split(' ')[0]!;
        if (seen.has(name)) {
          io.stderr(`flightcheck: warning: command ${name} of plugin ${p.name} is already provided by ${seen.get(name)}; ignored\n`);
          continue;
        }
        seen.set(name, p.name);
        commands.push(c);
      }
    }
    commands.push(reportCommand);
  } catch (e) {
    return fail(e);
  }
  let parser = yargs(argv)
    .scriptName('flightcheck')
    .usage('$0 <check> [paths..] [options]\n\nSecurity gate for containerised Airflow on Kubernetes. Exit codes: 0 pass, 1 findings at or above --fail-on, 2 usage or input error.')
    .version(VERSION)
    .strict()
    .demandCommand(1, 'name a check to run; see the list of commands above')
    .recommendCommands()
    .wrap(Math.min(120, process.stdout.columns || 100))
    .help()
    .alias('h', 'help')
    .fail((msg, err) => {
      if (err) throw err;
      throw new UsageErrorWithHelp(msg);
    });
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
