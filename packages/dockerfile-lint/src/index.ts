export { parseDockerfile, DockerfileParseError, type Dockerfile, type Instruction, type Flag } from './parser/dockerfile.js';
export { parseShell, initShellParser, type ShellScript, type Command } from './parser/shell.js';
import { initShellParser } from './parser/shell.js';

// The package's main module starts the bash grammar, so that a library user's parseShell, parseDockerfile and
// lintText work at once (the CLI and the executor load their own entry points, which start it when they lint).
await initShellParser();
export { rules, rulesById } from './rules/index.js';
export { LEVEL_TO_SEVERITY, type Level, type RuleConfig, type DockerRule } from './rules/rule.js';
export { lintText } from './lint.js';
export { lintFilesBuiltin, MAX_DOCKERFILE_BYTES, type LintOutcome } from './engine.js';
export { runDockerfileLint, type DockerfileLintOptions, type Engine } from './run.js';
export { parseConfig, mergeConfig, configFromEnv, findConfigFile, type HadolintConfig } from './config/config.js';
export { parsePragma, type Pragma } from './pragmas.js';
export { dockerfileFormats, hadolintJson, hadolintItems } from './formats/formats.js';
export { parseHadolintJson, buildHadolintArgs, lintFilesHadolint } from './adapter/hadolint.js';
