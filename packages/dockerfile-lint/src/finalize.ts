import type { Finding } from '@flightcheck/core';
import type { HadolintConfig, Threshold } from './config/config.js';
import { levelOf } from './lint.js';
import type { Dockerfile } from './parser/dockerfile.js';
import { parsePragma } from './pragmas.js';
import { LEVEL_TO_SEVERITY, type Level } from './rules/rule.js';

export interface Ignores {
  inline: Map<number, string[]>;
  global: string[];
  stages: { from: number; to: number; codes: string[] }[];
}

/** Reads the ignore pragmas of a Dockerfile (inline: the next line; global; stage: lines after the FROM below it). */
export function readIgnores(df: Dockerfile): Ignores {
  const ignores: Ignores = { inline: new Map(), global: [], stages: [] };
  const froms = df.instructions.filter((i) => i.keyword === 'FROM').map((i) => i.line);
  for (const ins of df.instructions) {
    if (ins.keyword !== 'COMMENT') continue;
    const p = parsePragma(ins.args);
    if (!p) continue;
    if (p.kind === 'ignore') ignores.inline.set(ins.line + 1, p.codes);
    else if (p.kind === 'global') ignores.global.push(...p.codes);
    else if (p.kind === 'stage' && froms.includes(ins.line + 1)) {
      const next = froms.find((l) => l > ins.line + 1) ?? Infinity;
      ignores.stages.push({ from: ins.line + 1, to: next, codes: p.codes });
    }
  }
  return ignores;
}

function pragmaCovers(ig: Ignores, f: Finding): boolean {
  const line = f.location?.line ?? 0;
  if (ig.global.includes(f.ruleId)) return true;
  if (ig.inline.get(line)?.includes(f.ruleId)) return true;
  return ig.stages.some((s) => line > s.from && line < s.to && s.codes.includes(f.ruleId));
}

/** The level a finding ends with after `override` (style, then info, warning, error: error wins). */
export function overriddenLevel(config: HadolintConfig, id: string, level: Level): Level {
  let out = level;
  for (const l of ['style', 'info', 'warning', 'error'] as const) if (config.override?.[l]?.includes(id)) out = l;
  return out;
}

/**
 * Applies pragmas (kept as suppressed, source "inline pragma"), then hadolint's configuration: level
 * overrides, `ignored` (suppressed, source the configuration file), and drops level `ignore`. Sorted by line.
 */
export function finalizeFindings(findings: Finding[], df: Dockerfile | undefined, config: HadolintConfig): Finding[] {
  return finalizeWithIgnores(findings, df && !config.disableIgnorePragma ? readIgnores(df) : undefined, config);
}

/** finalizeFindings with the pragmas already read (a worker thread reads them; the Dockerfile stays there). */
export function finalizeWithIgnores(findings: Finding[], ignores: Ignores | undefined, config: HadolintConfig): Finding[] {
  const ig = config.disableIgnorePragma ? undefined : ignores;
  const out: Finding[] = [];
  for (const f0 of findings) {
    const level = overriddenLevel(config, f0.ruleId, levelOf(f0));
    if (level === 'ignore') continue;
    const f: Finding = { ...f0, severity: LEVEL_TO_SEVERITY[level], properties: { ...f0.properties, level } };
    if (f.ruleId !== 'DL1000' && ig && pragmaCovers(ig, f)) {
      f.status = 'suppressed';
      f.suppression = { source: 'inline pragma', justification: '# hadolint ignore' };
    } else if (f.ruleId !== 'DL1000' && config.ignored?.includes(f.ruleId)) {
      f.status = 'suppressed';
      f.suppression = { source: config.sources?.length ? config.sources.join(', ') : 'hadolint configuration', justification: 'ignored' };
    }
    out.push(f);
  }
  return out.map((f, i) => [f, i] as const).sort((a, b) => (a[0].location?.line ?? 0) - (b[0].location?.line ?? 0) || a[1] - b[1]).map(([f]) => f);
}

const ORDER: Record<Level, number> = { error: 3, warning: 2, info: 1, style: 0, ignore: -1 };

/** hadolint's exit code: 0 with no-fail; 1 on a parse error or a failing finding at or above the threshold. */
export function hadolintExitCode(findings: Finding[], config: HadolintConfig): number {
  if (config.noFail) return 0;
  const threshold: Threshold = config.failureThreshold ?? 'info';
  for (const f of findings) {
    if (f.status !== 'fail') continue;
    if (f.ruleId === 'DL1000') return 1;
    if (threshold === 'none' || threshold === 'ignore') return 1;
    if (ORDER[levelOf(f)] >= ORDER[threshold]) return 1;
  }
  return 0;
}
