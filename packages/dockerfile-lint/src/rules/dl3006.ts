import { dockerRule } from './rule.js';
import { parseFrom } from './util.js';

/** DL3006: Always tag the version of an image explicitly. */
export default dockerRule({
  id: 'DL3006',
  level: 'warning',
  description: 'Always tag the version of an image explicitly.',
  message: 'Always tag the version of an image explicitly',
  check({ instructions, report }) {
    const aliases = new Set<string>();
    for (const ins of instructions) {
      if (ins.keyword !== 'FROM') continue;
      const f = parseFrom(ins);
      if (f.tag === undefined && f.digest === undefined && f.image !== 'scratch' && !f.image.startsWith('$') && !aliases.has(f.image)) report(ins.line);
      if (f.alias) aliases.add(f.alias);
    }
  },
});
