import type { Instruction } from '../parser/dockerfile.js';
import { parseFrom } from './util.js';

/**
 * Lines of the instructions for which `failing` holds, kept only for stages that end up in an image:
 * the last stage, or a stage whose alias a later FROM uses as its base (hadolint's DL3009/DL3060 rule).
 */
export function failuresInUsedStages(instructions: Instruction[], failing: (ins: Instruction) => boolean): number[] {
  const stages: { alias?: string; lines: number[] }[] = [{ lines: [] }];
  const bases: string[][] = [[]];
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      const f = parseFrom(ins);
      for (const b of bases) b.push(f.image);
      stages.push(f.alias ? { alias: f.alias, lines: [] } : { lines: [] });
      bases.push([]);
    } else if (failing(ins)) stages[stages.length - 1]!.lines.push(ins.line);
  }
  return stages.flatMap((s, i) => (i === stages.length - 1 || (s.alias !== undefined && bases[i]!.includes(s.alias)) ? s.lines : []));
}

export interface StageVars {
  /** ARG names seen anywhere so far. */
  args: Set<string>;
  /** ENV names of the current stage, with those of its parent stage. */
  env: Map<string, string>;
}

/** Walks the instructions keeping ARG names (file-wide) and ENV values (per stage, inherited by alias). */
export function walkWithVars(instructions: Instruction[], visit: (ins: Instruction, vars: StageVars) => void, keyValues: (ins: Instruction) => { key: string; value: string }[]): void {
  const args = new Set<string>();
  const byAlias = new Map<string, Map<string, string>>();
  let env = new Map<string, string>();
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      const f = parseFrom(ins);
      env = new Map(byAlias.get(f.image) ?? []);
      if (f.alias) byAlias.set(f.alias, env);
    } else if (ins.keyword === 'ARG') {
      args.add(ins.args.trim().split(/[=\s]/)[0]!);
    } else if (ins.keyword === 'ENV') {
      for (const { key, value } of keyValues(ins)) env.set(key, value);
    }
    visit(ins, { args, env });
  }
}
