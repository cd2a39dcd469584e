import { dockerRule } from './rule.js';
import { copyArgs, parseFrom, stripQuotes } from './util.js';

/** DL3045: COPY to a relative destination needs a WORKDIR set first. */
export default dockerRule({
  id: 'DL3045',
  level: 'warning',
  description: 'COPY to a relative destination needs a WORKDIR set first.',
  message: '`COPY` to a relative destination without `WORKDIR` set.',
  check({ instructions, report }) {
    const stages = new Map<string, boolean>();
    let workdir = false;
    let alias: string | undefined;
    const save = () => {
      if (alias !== undefined) stages.set(alias, workdir);
    };
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') {
        save();
        const f = parseFrom(ins);
        workdir = stages.get(f.image) ?? false;
        alias = f.alias;
      } else if (ins.keyword === 'WORKDIR') {
        workdir = true;
      } else if (ins.keyword === 'COPY' && !workdir && !ins.heredoc) {
        const dest = stripQuotes(copyArgs(ins).dest);
        if (!(dest.startsWith('/') || dest.startsWith('$') || /^[A-Za-z]:/.test(dest))) report(ins.line);
      }
    }
  },
});
