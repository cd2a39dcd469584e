import { dockerRule } from './rule.js';
import { parseFrom } from './util.js';

/** DL3007: Do not use the `latest` tag. */
export default dockerRule({
  id: 'DL3007',
  level: 'warning',
  description: 'Do not use the `latest` tag.',
  message: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag',
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword !== 'FROM') continue;
      const f = parseFrom(ins);
      if (f.tag === 'latest' && f.digest === undefined) report(ins.line);
    }
  },
});
