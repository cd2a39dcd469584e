import { InputError } from '@flightcheck/core';
import { loadManifests } from '@flightcheck/k8s';
import { ALL_CHECKS } from './checks/index.js';
import { selectScored, type ParsedInput } from './engine/parse.js';
import { scoreObjects } from './engine/score.js';
import type { ScoreOptions, ScoredObject } from './engine/types.js';

export interface EngineOutput {
  scored: ScoredObject[];
  passedOver: ParsedInput['skipped'];
  parsed: ParsedInput;
}

/** Reads every input through the manifest model and scores it with the built-in checks. */
export async function scoreWithBuiltin(files: readonly string[], options: ScoreOptions, readStdin: (max: number) => Promise<string>, cwd = process.cwd()): Promise<EngineOutput> {
  const parsed = selectScored(await loadManifests(files, { cwd, readStdin }));
  const first = parsed.problems[0];
  if (first) throw new InputError(first.file, first.reason, first.line);
  return { scored: scoreTexts(parsed, options), passedOver: parsed.skipped, parsed };
}

export function scoreTexts(parsed: ParsedInput, options: ScoreOptions): ScoredObject[] {
  return scoreObjects(parsed.objects, ALL_CHECKS, options);
}
