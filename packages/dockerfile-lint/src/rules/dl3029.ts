import { dockerRule } from './rule.js';
import { parseFrom } from './util.js';

/** DL3029: Do not use --platform with FROM (except $BUILDPLATFORM/$TARGETPLATFORM). */
export default dockerRule({
  id: 'DL3029',
  level: 'warning',
  description: 'Do not use --platform with FROM (except $BUILDPLATFORM/$TARGETPLATFORM).',
  message: 'Do not use --platform flag with FROM',
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword !== 'FROM') continue;
      const p = parseFrom(ins).platform;
      if (p !== undefined && !p.includes('BUILDPLATFORM') && !p.includes('TARGETPLATFORM')) report(ins.line);
    }
  },
});
