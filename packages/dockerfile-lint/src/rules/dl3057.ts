import { dockerRule } from './rule.js';
import { parseFrom } from './util.js';

/** DL3057: A stage should have a HEALTHCHECK (off by default). */
export default dockerRule({
  id: 'DL3057',
  level: 'ignore',
  description: 'A stage should have a HEALTHCHECK (off by default).',
  message: '`HEALTHCHECK` instruction missing.',
  check({ instructions, report }) {
    const stages: { line: number; alias?: string; parent?: string; health: boolean }[] = [];
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') {
        const f = parseFrom(ins);
        stages.push({ line: ins.line, ...(f.alias ? { alias: f.alias } : {}), parent: f.image, health: false });
      } else if (ins.keyword === 'HEALTHCHECK' && stages.length) stages[stages.length - 1]!.health = true;
    }
    const has = (i: number, seen = new Set<number>()): boolean => {
      const s = stages[i]!;
      if (s.health) return true;
      if (seen.has(i)) return false;
      seen.add(i);
      const p = stages.findIndex((x, k) => k < i && x.alias !== undefined && x.alias === s.parent);
      return p >= 0 && has(p, seen);
    };
    stages.forEach((s, i) => {
      if (!has(i)) report(s.line);
    });
  },
});
