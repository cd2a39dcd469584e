import { UsageError } from '@flightcheck/core';
import { lintFilesHadolint, locateHadolint } from './adapter/hadolint.js';
import { configFromEnv, findConfigFile, mergeConfig, readConfigFile, type HadolintConfig } from './config/config.js';
import { lintFilesBuiltin, type LintOutcome } from './engine.js';
import { discoveryNotice, expandDockerfilePaths } from './files.js';

export type Engine = 'auto' | 'builtin' | 'hadolint';

export interface DockerfileLintOptions {
  paths: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  /** `--config FILE`; otherwise hadolint's lookup. */
  configFile?: string;
  engine?: Engine;
  shellcheck?: boolean;
  /** Options from the command line or the executor, layered last. */
  cli?: HadolintConfig;
  readStdin?: () => Promise<string>;
  hadolintPath?: string;
  /** Built-in engine: worker threads (undefined = automatic; 1 = one thread). */
  jobs?: number;
}

export interface DockerfileLintOutcome extends LintOutcome {
  engine: 'builtin' | 'hadolint';
  config: HadolintConfig;
}

/** Runs dockerfile-lint: configuration (env ← file ← cli), file expansion, then the chosen engine. */
export async function runDockerfileLint(opts: DockerfileLintOptions): Promise<DockerfileLintOutcome> {
  if (!opts.paths.length) throw new UsageError('Please provide a Dockerfile (a file, a directory, or - for standard input)');
  const engine = opts.engine ?? 'auto';
  if (!['auto', 'builtin', 'hadolint'].includes(engine)) throw new UsageError(`--engine must be auto, builtin or hadolint, not "${engine}"`);
  const configFile = findConfigFile(opts.cwd, opts.env, opts.configFile);
  const config = mergeConfig(configFromEnv(opts.env), configFile ? readConfigFile(configFile) : undefined, opts.cli);
  const expansion = expandDockerfilePaths(opts.paths, opts.cwd);
  const files = expansion.files;
  const found = discoveryNotice(expansion);
  const hadolint = engine === 'builtin' ? undefined : await locateHadolint(opts.hadolintPath);
  if (engine === 'hadolint' && !hadolint) throw new UsageError('hadolint is not installed or not on PATH: install it, or use --engine builtin (or auto)');
  if (hadolint) {
    const stdin = files.includes('-') && opts.readStdin ? await opts.readStdin() : undefined;
    const out = await lintFilesHadolint(hadolint, files, {
      cwd: opts.cwd,
      env: opts.env,
      ...(configFile ? { configFile } : {}),
      cli: opts.cli ?? {},
      config,
      ...(stdin !== undefined ? { stdin } : {}),
    });
    withNotice(out, found);
    return { ...out, engine: 'hadolint', config };
  }
  const out = await lintFilesBuiltin(files, {
    config,
    cwd: opts.cwd,
    ...(opts.shellcheck !== undefined ? { shellcheck: opts.shellcheck } : {}),
    ...(opts.readStdin ? { readStdin: opts.readStdin } : {}),
    ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
  });
  withNotice(out, found);
  return { ...out, engine: 'builtin', config };
}

/** Puts the directory-walk notice first on the first result (the CLI prints each notice once). */
function withNotice(out: LintOutcome, message: string | undefined): void {
  const first = out.report.results[0];
  if (!message || !first) return;
  first.notices = [{ level: 'info', message }, ...(first.notices ?? [])];
}
