import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import { hasAnyFlag } from '../parser/command.js';

/** DL3047: Use wget with --progress (or quiet) to avoid bloated build logs. */
export default dockerRule({
  id: 'DL3047',
  level: 'info',
  description: 'Use wget with --progress (or quiet) to avoid bloated build logs.',
  message: 'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      if (s.commands.some((c) => c.name === 'wget' && !c.args.includes('-nv') && !hasAnyFlag(c, ['progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose']))) report(ins.line);
    }
  },
});
