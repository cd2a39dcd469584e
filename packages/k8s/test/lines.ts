import { fastDocuments } from '../src/fast-yaml.js';
import { DocumentPositions, LineIndex } from '../src/line-of.js';
import type { YamlPath } from '../src/types.js';

/**
 * The paths a differential test asks of a document: every node, and beside each a missing key, index 0, the
 * index one past the end of a sequence, a string index, a key as a number; at most `max`.
 */
export function probePaths(data: unknown, max = 20_000): YamlPath[] {
  const out: YamlPath[] = [];
  const visit = (v: unknown, p: (string | number)[]): void => {
    if (out.length >= max) return;
    out.push(p, [...p, 'no-such-key'], [...p, 0]);
    if (Array.isArray(v)) {
      out.push([...p, v.length], [...p, '0'], [...p, 1, 'x']);
      v.forEach((x, i) => visit(x, [...p, i]));
    } else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        if (/^\d+$/.test(k)) out.push([...p, Number(k)]);
        visit((v as Record<string, unknown>)[k], [...p, k]);
      }
    }
  };
  visit(data, []);
  return out.slice(0, max);
}

export interface LineComparison {
  /** Whether the fast path read the text (else there is no index to compare). */
  fast: boolean;
  asked: number;
  /** Lookups the index answered (the others fall back to the re-read). */
  answered: number;
  /** `document path: index line ≠ re-read line`, for every disagreement. */
  mismatches: string[];
}

/**
 * Every probe path of every document of `src`: the position index (from the fast path's records, as parse.ts
 * makes it) against the `yaml` re-read of the document, and against the index js-yaml's re-read makes.
 */
export function compareLines(src: string): LineComparison {
  const docs = fastDocuments(src, 'f.yaml', true);
  const result: LineComparison = { fast: docs !== undefined, asked: 0, answered: 0, mismatches: [] };
  if (!docs) return result;
  const lines = new LineIndex(src);
  docs.forEach((d, i) => {
    const pos = new DocumentPositions(lines, d.offset, 0, true, undefined, d.records ? { records: d.records, data: d.data } : undefined);
    const again = new DocumentPositions(lines, d.offset, 0, true);
    if (!d.records) result.mismatches.push(`document ${i}: no records`);
    for (const p of probePaths(d.data)) {
      result.asked++;
      const indexed = pos.indexedLineOf(p);
      const reindexed = again.indexedLineOf(p);
      if (indexed !== reindexed) result.mismatches.push(`document ${i} ${JSON.stringify(p)}: index ${indexed}, index of the re-read ${reindexed}`);
      if (indexed === undefined) continue;
      result.answered++;
      const reread = pos.reread(p);
      if (indexed !== reread) result.mismatches.push(`document ${i} ${JSON.stringify(p)}: index ${indexed}, re-read ${reread}`);
    }
  });
  return result;
}
