import type { Argv } from 'yargs';
import type { Report, Severity } from './model.js';
import type { Reporter } from './reporters/types.js';

/** Options every check command accepts; the CLI defines and validates them. */
export interface CommonArgs {
  format?: string;
  failOn?: Severity | 'none';
  output?: string;
  engine?: string;
  /** The policy file (flightcheck.yaml), unless the command defines `--config` for a tool's own configuration. */
  config?: string;
  waivers?: string;
  color?: boolean;
  verbose?: boolean;
}

export interface CommandIO {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Progress and diagnostics go to stderr, never into a report on stdout. */
  stderr(text: string): void;
  stdout(text: string): void;
  isTTY: boolean;
  /** Reads standard input (for `-`), bounded. */
  readStdin(maxBytes: number): Promise<string>;
}

export interface CheckOutcome {
  report: Report;
  /** Formats this check renders itself (tool-compatible ones: `hadolint-json`, `kube-score-ci`…). */
  formats?: Record<string, Reporter>;
  /** An exit code the check decides by its own tool-compatible rules; otherwise `--fail-on` decides. */
  exitCode?: number;
  /** Skip the workspace waiver file (e.g. a tool-compatible mode that must match the tool exactly). */
  noWaivers?: boolean;
}

export interface CliCommand<Args extends object = Record<string, unknown>> {
  /** A yargs command string: `dockerfile-lint [paths..]`. */
  command: string;
  describe: string;
  aliases?: string[];
  builder?: (yargs: Argv) => Argv;
  /** Formats the command offers besides the core ones; `--format` accepts them. */
  formats?: readonly string[];
  /** The default `--format` when stdout is not a terminal (`text` on a terminal). */
  defaultFormat?: string;
  /** A command that is not a check (e.g. `compliance list`) prints its own output and returns an exit code. */
  run(args: Args & CommonArgs, io: CommandIO): Promise<CheckOutcome | number>;
}

/** What a check package exports from its `flightcheck.cli` entry. */
export interface FlightcheckPlugin {
  name: string;
  commands: CliCommand<any>[];
}

export function definePlugin(plugin: FlightcheckPlugin): FlightcheckPlugin {
  if (!plugin.name || !Array.isArray(plugin.commands)) throw new Error('a flightcheck plugin needs a name and a list of commands');
  return plugin;
}

export function defineCommand<Args extends object>(command: CliCommand<Args>): CliCommand<Args> {
  return command;
}
