import { dockerRule } from './rule.js';

/** DL3043: ONBUILD must not wrap ONBUILD, FROM or MAINTAINER. */
export default dockerRule({
  id: 'DL3043',
  level: 'error',
  description: 'ONBUILD must not wrap ONBUILD, FROM or MAINTAINER.',
  message: '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.',
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword !== 'ONBUILD') continue;
      const inner = ins.inner?.keyword ?? ins.args.trim().split(/\s+/)[0]!.toUpperCase();
      if (inner === 'ONBUILD' || inner === 'FROM' || inner === 'MAINTAINER') report(ins.line);
    }
  },
});
