import { defineRule, type Rule, type RuleContext, type Severity } from '@flightcheck/core';
import type { Dockerfile, Instruction } from '../parser/dockerfile.js';

/** hadolint's levels; `ignore` = off unless a configuration raises it. */
export type Level = 'error' | 'warning' | 'info' | 'style' | 'ignore';
export const LEVELS: readonly Level[] = ['error', 'warning', 'info', 'style', 'ignore'];

/** How hadolint levels map to flightcheck severities (documented in the package README). */
export const LEVEL_TO_SEVERITY: Record<Level, Severity> = { error: 'high', warning: 'medium', info: 'low', style: 'info', ignore: 'info' };

export type LabelType = 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email';

/** The configuration rules read (hadolint's `trustedRegistries`, `label-schema`, `strict-labels`). */
export interface RuleConfig {
  trustedRegistries: string[];
  labelSchema: Record<string, LabelType>;
  strictLabels: boolean;
}

export const DEFAULT_RULE_CONFIG: RuleConfig = { trustedRegistries: [], labelSchema: {}, strictLabels: false };

export type Report = (line: number, data?: Record<string, string>) => void;

export interface CheckArgs {
  /** The instructions to fold over: the top level, or (second pass) only what ONBUILD wraps. */
  instructions: Instruction[];
  report: Report;
  config: RuleConfig;
  df: Dockerfile;
  /** True in the ONBUILD pass. */
  onbuild: boolean;
}

export interface DockerRuleSpec {
  id: string;
  level: Level;
  description: string;
  message: string;
  /** Also applied, with its own state, to the instructions wrapped in ONBUILD. */
  onbuild?: boolean;
  check(args: CheckArgs): void;
}

export interface DockerRule extends Rule<Dockerfile, 'default', RuleConfig> {
  level: Level;
  onbuild: boolean;
}

/** Declares a hadolint rule: one check folded over the instructions (and again over ONBUILD contents). */
export function dockerRule(spec: DockerRuleSpec): DockerRule {
  const rule = defineRule<Dockerfile, 'default', RuleConfig>({
    meta: {
      id: spec.id,
      target: 'dockerfile',
      severity: LEVEL_TO_SEVERITY[spec.level],
      ...(spec.level === 'ignore' ? { optional: true } : {}),
      docs: { description: spec.description, url: `https://github.com/hadolint/hadolint/wiki/${spec.id}` },
      messages: { default: spec.message },
    },
    check(df: Dockerfile, ctx: RuleContext<'default', RuleConfig>) {
      const config = { ...DEFAULT_RULE_CONFIG, ...(ctx.options ?? {}) };
      const report: Report = (line, data) =>
        ctx.report({ messageId: 'default', ...(data ? { data } : {}), location: { file: ctx.file, line, column: 1 }, properties: { level: spec.level } });
      const top = df.instructions;
      spec.check({ instructions: top, report, config, df, onbuild: false });
      if (spec.onbuild) {
        const inner = top.filter((i) => i.keyword === 'ONBUILD' && i.inner).map((i) => i.inner!);
        if (inner.length) spec.check({ instructions: inner, report, config, df, onbuild: true });
      }
    },
  });
  return Object.assign(rule, { level: spec.level, onbuild: Boolean(spec.onbuild) });
}
