import { runRules, type Finding } from '@flightcheck/core';
import { DockerfileParseError, parseDockerfile, shellOf, type Dockerfile } from './parser/dockerfile.js';
import { rules } from './rules/index.js';
import { LEVEL_TO_SEVERITY, type Level, type RuleConfig } from './rules/rule.js';
import { collectRunScripts, type ShellcheckScript, type UncheckedRun } from './shellcheck/scripts.js';

export interface FileLint {
  file: string;
  /** Failing findings of the rules (before pragmas and configuration). */
  findings: Finding[];
  /** Set when the file could not be parsed: a DL1000 finding, and no rule ran. */
  parseError?: Finding;
  /** The RUN scripts ShellCheck should see. */
  scripts: ShellcheckScript[];
  /** Shell-form RUNs not handed to ShellCheck: their shell is cmd or PowerShell. */
  unchecked?: UncheckedRun[];
  dockerfile?: Dockerfile;
}

export function levelOf(f: Finding): Level {
  return ((f.properties?.level as Level | undefined) ?? 'warning');
}

export function dl1000(file: string, line: number, column: number, message: string): Finding {
  return {
    ruleId: 'DL1000',
    severity: LEVEL_TO_SEVERITY.error,
    message,
    location: { file, line, column },
    status: 'fail',
    properties: { level: 'error' },
  };
}

/** Parses one Dockerfile and runs every built-in rule on it. */
export function lintText(text: string, file: string, config: RuleConfig): FileLint {
  let df: Dockerfile;
  try {
    df = parseDockerfile(text);
  } catch (e) {
    if (e instanceof DockerfileParseError) return { file, findings: [], parseError: dl1000(file, e.line, e.column, e.reason), scripts: [] };
    throw e;
  }
  const findings = [...runRules(rules, df, { file, options: config }), ...unparsedRuns(df, file)];
  const { scripts, unchecked } = collectRunScripts(df, file);
  return { file, findings, scripts, ...(unchecked.length ? { unchecked } : {}), dockerfile: df };
}

export const NOT_PARSED_RULE = 'DL-NOT-PARSED';

/**
 * A RUN whose shell nests deeper than the parser's bound was not read: the built-in rules did not see its
 * commands, so it is a failing finding on that RUN (fail closed for that RUN only; the rest of the file is linted).
 */
export function unparsedRuns(df: Dockerfile, file: string): Finding[] {
  const out: Finding[] = [];
  for (const ins of df.instructions) {
    if (ins.keyword !== 'RUN' || ins.exec) continue;
    const sh = shellOf(ins);
    if (!sh.tooDeep) continue;
    out.push({
      ruleId: NOT_PARSED_RULE,
      severity: LEVEL_TO_SEVERITY.error,
      message: `RUN not checked by the built-in rules: its shell has ${sh.error}`,
      location: { file, line: ins.line, column: 1 },
      resolution: 'split the RUN into a script file (COPY it and RUN it) or into simpler commands',
      status: 'fail',
      properties: { level: 'error' },
    });
  }
  return out;
}
