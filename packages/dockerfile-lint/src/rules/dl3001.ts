import { dockerRule } from './rule.js';
import { runScript } from './util.js';

/** DL3001: Commands that make no sense in a container (ssh, vim, shutdown, service, ps, free, top, kill, mount). */
export default dockerRule({
  id: 'DL3001',
  level: 'info',
  description: 'Commands that make no sense in a container (ssh, vim, shutdown, service, ps, free, top, kill, mount).',
  message: 'For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`',
  onbuild: true,
  check({ instructions, report }) {
    const bad = ['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim'];
    for (const ins of instructions) {
      const s = runScript(ins);
      if (s && s.commands.some((c) => bad.includes(c.name))) report(ins.line);
    }
  },
});
