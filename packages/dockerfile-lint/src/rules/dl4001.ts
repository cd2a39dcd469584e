import { dockerRule } from './rule.js';
import { runScript } from './util.js';

/** DL4001: Use either wget or curl, not both. */
export default dockerRule({
  id: 'DL4001',
  level: 'warning',
  description: 'Use either wget or curl, not both.',
  message: 'Either use Wget or Curl but not both',
  onbuild: true,
  check({ instructions, report }) {
    let curl = false;
    let wget = false;
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') {
        curl = false;
        wget = false;
        continue;
      }
      const s = runScript(ins);
      if (!s) continue;
      const c = s.commands.some((x) => x.name === 'curl');
      const w = s.commands.some((x) => x.name === 'wget');
      curl ||= c;
      wget ||= w;
      if ((c || w) && curl && wget) report(ins.line);
    }
  },
});
