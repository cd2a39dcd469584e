import { dockerRule } from './rule.js';
import { parseFrom } from './util.js';

/** DL3065: `FROM --platform=$TARGETPLATFORM` is the default and redundant. */
export default dockerRule({
  id: 'DL3065',
  level: 'warning',
  description: '`FROM --platform=$TARGETPLATFORM` is the default and redundant.',
  message: 'Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the default behavior',
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword !== 'FROM') continue;
      const p = parseFrom(ins).platform;
      if (p === '$TARGETPLATFORM' || p === '${TARGETPLATFORM}') report(ins.line);
    }
  },
});
