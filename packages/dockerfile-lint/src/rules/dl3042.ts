import { dockerRule } from './rule.js';
import { hasCacheMount, keyValuePairs, runScript } from './util.js';
import { walkWithVars } from './stages.js';
import { hasFlag, isPipInstall } from '../parser/command.js';

/** DL3042: Use pip install --no-cache-dir. */
export default dockerRule({
  id: 'DL3042',
  level: 'warning',
  description: 'Use pip install --no-cache-dir.',
  message: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`',
  onbuild: true,
  check({ instructions, report }) {
    walkWithVars(instructions, (ins, vars) => {
      const s = runScript(ins);
      if (!s) return;
      if (TRUTHY.includes(vars.env.get('PIP_NO_CACHE_DIR') ?? '')) return;
      if (new RegExp(`PIP_NO_CACHE_DIR=["']?(${TRUTHY.join('|')})\\b`).test(ins.args)) return;
      if (hasCacheMount(ins, '.cache/pip')) return;
      const bad = s.commands.some((c) => isPipInstall(c) && !c.name.startsWith('pipx') && !c.name.startsWith('pipenv') && !hasFlag(c, 'no-cache-dir'));
      if (bad) report(ins.line);
    }, keyValuePairs);
  },
});

const TRUTHY = ['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES'];
