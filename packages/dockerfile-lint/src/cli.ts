import { defineCommand, definePlugin, UsageError, type CommonArgs } from '@flightcheck/core';
import type { HadolintConfig } from './config/config.js';

/** Formats this command renders itself (hadolint's own output formats). */
export const FORMATS = ['hadolint-json', 'hadolint-sarif', 'checkstyle', 'codeclimate', 'gitlab-codeclimate'] as const;

interface Args extends CommonArgs {
  paths?: string[];
  config?: string;
  engine?: 'auto' | 'builtin' | 'hadolint';
  shellcheck?: boolean;
  failureThreshold?: string;
  fail?: boolean;
  trustedRegistry?: string[];
  ignore?: string[];
  strictLabels?: boolean;
  requireLabel?: string[];
  disableIgnorePragma?: boolean;
  error?: string[];
  warning?: string[];
  info?: string[];
  style?: string[];
  jobs?: number;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);

function parseJobs(v: unknown): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${String(v)}"`);
  return n;
}

export const dockerfileLintCommand = defineCommand<Args>({
  command: 'dockerfile-lint [paths..]',
  describe: "Lint Dockerfiles with hadolint's rules, configuration and pragmas (hadolint when installed, else the built-in engine)",
  formats: FORMATS,
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, describe: 'Dockerfiles or directories (every Dockerfile, Dockerfile.*, Dockerfile-*, *.Dockerfile, *.dockerfile beneath); - for stdin' })
      .option('config', { alias: 'c', type: 'string', describe: 'hadolint configuration file (default: .hadolint.yaml lookup as hadolint does)' })
      .option('engine', { type: 'string', choices: ['auto', 'builtin', 'hadolint'], default: 'auto', describe: 'auto = hadolint when on PATH, else built-in' })
      .option('shellcheck', { type: 'boolean', default: true, describe: 'check RUN scripts with ShellCheck when installed (--no-shellcheck to skip)' })
      .option('failure-threshold', { alias: 't', type: 'string', choices: ['error', 'warning', 'info', 'style', 'ignore', 'none'], describe: "exit 1 only for findings at or above this hadolint level (default info)" })
      .option('fail', { type: 'boolean', default: true, describe: 'exit 1 on findings at or above the failure threshold (--no-fail: always exit 0 unless the input cannot be read)' })
      .option('trusted-registry', { type: 'string', describe: 'allowed registry for DL3026 (repeatable)' })
      .option('ignore', { type: 'string', describe: 'rule code to ignore (repeatable)' })
      .option('strict-labels', { type: 'boolean', describe: 'DL3050: only labels of the label schema are allowed' })
      .option('require-label', { type: 'string', describe: 'label schema entry name:type (repeatable)' })
      .option('disable-ignore-pragma', { type: 'boolean', describe: 'ignore the # hadolint ignore= pragmas' })
      .option('error', { type: 'string', describe: 'make this rule code an error (repeatable)' })
      .option('warning', { type: 'string', describe: 'make this rule code a warning (repeatable)' })
      .option('info', { type: 'string', describe: 'make this rule code info (repeatable)' })
      .option('style', { type: 'string', describe: 'make this rule code style (repeatable)' })
      .option('jobs', { alias: 'j', type: 'number', describe: `built-in engine: worker threads (default: 2 from 50 files on a multi-core machine; 1 = one thread); the output does not depend on it` }),
  async run(args, io) {
    // the bash grammar compiles on V8's background threads meanwhile (parser/shell.ts); the engine awaits the same
    // start, and reports a grammar that cannot load
    if (args.engine !== 'hadolint') void import('./parser/shell.js').then((m) => m.initShellParser()).catch(() => undefined);
    const { runDockerfileLint } = await import('./run.js');
    const { parseRequiredLabels, parseThreshold } = await import('./config/config.js');
    const { dockerfileFormats } = await import('./formats/formats.js');
    const cli: HadolintConfig = {};
    if (list(args.ignore).length) cli.ignored = list(args.ignore);
    if (list(args.trustedRegistry).length) cli.trustedRegistries = list(args.trustedRegistry);
    if (list(args.requireLabel).length) cli.labelSchema = parseRequiredLabels(list(args.requireLabel), '--require-label');
    if (args.strictLabels) cli.strictLabels = true;
    if (args.disableIgnorePragma) cli.disableIgnorePragma = true;
    if (args.fail === false) cli.noFail = true;
    if (args.failureThreshold) cli.failureThreshold = parseThreshold(args.failureThreshold, '--failure-threshold');
    const override: NonNullable<HadolintConfig['override']> = {};
    for (const l of ['error', 'warning', 'info', 'style'] as const) if (list(args[l]).length) override[l] = list(args[l]);
    if (Object.keys(override).length) cli.override = override;
    const outcome = await runDockerfileLint({
      paths: list(args.paths),
      cwd: io.cwd,
      env: io.env,
      ...(args.config ? { configFile: args.config } : {}),
      ...(args.engine ? { engine: args.engine } : {}),
      shellcheck: args.shellcheck !== false,
      cli,
      readStdin: () => io.readStdin(4 << 20),
      ...(args.jobs !== undefined ? { jobs: parseJobs(args.jobs) } : {}),
    });
    const seen = new Set<string>();
    for (const n of outcome.report.results.flatMap((r) => r.notices ?? [])) {
      if (seen.has(n.message)) continue;
      seen.add(n.message);
      io.stderr(`flightcheck: dockerfile-lint: ${n.message}\n`);
    }
    // hadolint's own formats show findings only: a file that could not be linted is told on stderr
    if ((FORMATS as readonly string[]).includes(args.format ?? '')) for (const r of outcome.report.results) if (r.error) io.stderr(`flightcheck: ${r.error}\n`);
    // hadolint's failure-threshold decides the exit code unless --fail-on was given explicitly
    const explicitFailOn = args.failOn !== undefined;
    return {
      report: outcome.report,
      formats: dockerfileFormats,
      ...(explicitFailOn ? {} : { exitCode: outcome.exitCode }),
      ...(args.format === 'hadolint-json' ? { noWaivers: true } : {}),
    };
  },
});

export default definePlugin({ name: 'dockerfile-lint', commands: [dockerfileLintCommand] });
