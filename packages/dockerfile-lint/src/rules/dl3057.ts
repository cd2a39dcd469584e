import { dockerRule } from './rule.js';
import { parseFrom } from './util.js';

interface Stage {
  line: number;
  /** The image the FROM builds on. */
  base: string;
  /** The name later FROMs use for it: its alias, else its image (as hadolint names stages). */
  name: string;
  good: boolean;
}

/**
 * DL3057: A stage should have a HEALTHCHECK (off by default). As hadolint 2.15 decides it: a stage is fine when
 * it sets a HEALTHCHECK (`NONE` too), when it builds on a stage that is fine at its FROM (inheritance), or when
 * it is a base, directly or through other bases, of a stage that sets one (a base only feeds that stage).
 */
export default dockerRule({
  id: 'DL3057',
  level: 'ignore',
  description: 'A stage should have a HEALTHCHECK (off by default).',
  message: '`HEALTHCHECK` instruction missing.',
  check({ instructions, report }) {
    const stages: Stage[] = [];
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') {
        const f = parseFrom(ins);
        const inherits = stages.some((s) => s.good && s.name === f.image);
        stages.push({ line: ins.line, base: f.image, name: f.alias ?? f.image, good: inherits });
      } else if (ins.keyword === 'HEALTHCHECK' && stages.length) {
        // the stage and the chain of not-yet-fine stages it is built from; each stage is marked once, so this ends
        let frontier = [stages[stages.length - 1]!];
        while (frontier.length) {
          for (const s of frontier) s.good = true;
          const bases = new Set(frontier.map((s) => s.base));
          frontier = stages.filter((s) => !s.good && bases.has(s.name));
        }
      }
    }
    for (const s of stages) if (!s.good) report(s.line);
  },
});
