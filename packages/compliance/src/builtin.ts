import { ALL_CHECKS } from './checks/index.js';
import { parseManifests, type ParsedInput } from './engine/parse.js';
import { scoreObjects } from './engine/score.js';
import type { ScoreOptions, ScoredObject } from './engine/types.js';
import { readInput } from './inputs.js';

export interface EngineOutput {
  scored: ScoredObject[];
  passedOver: ParsedInput['skipped'];
}

/** Parses every input and scores it with the built-in checks. */
export async function scoreWithBuiltin(files: readonly string[], options: ScoreOptions, readStdin: (max: number) => Promise<string>): Promise<EngineOutput> {
  const parsed: ParsedInput = { objects: [], skipped: [] };
  for (const f of files) {
    const { name, text } = await readInput(f, readStdin);
    parseManifests(text, name, parsed);
  }
  return { scored: scoreTexts(parsed, options), passedOver: parsed.skipped };
}

export function scoreTexts(parsed: ParsedInput, options: ScoreOptions): ScoredObject[] {
  return scoreObjects(parsed.objects, ALL_CHECKS, options);
}
