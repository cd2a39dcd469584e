import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import { argsNoFlags, dropFlagArg } from '../parser/command.js';

/** DL3062: Pin versions in go install / go get / go run. */
export default dockerRule({
  id: 'DL3062',
  level: 'warning',
  description: 'Pin versions in go install / go get / go run.',
  message: 'Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      const gos = s.commands.filter((c) => c.name === 'go');
      const runs = gos.filter((c) => argsNoFlags(c)[0] === 'run');
      let pkgs: string[];
      if (runs.length) pkgs = runs.map((c) => argsNoFlags(dropFlagArg(GO_VALUE_FLAGS, c))[1]).filter((p): p is string => p !== undefined);
      else pkgs = gos.filter((c) => ['install', 'get'].includes(argsNoFlags(c)[0] ?? '')).flatMap((c) => argsNoFlags(dropFlagArg(GO_VALUE_FLAGS, c)).slice(1).filter((a) => a !== 'tool'));
      if (pkgs.some((p) => !goPinned(p))) report(ins.line);
    }
  },
});

const GO_VALUE_FLAGS = ['o', 'tags', 'ldflags', 'gcflags', 'asmflags', 'modfile', 'C', 'p', 'mod', 'exec', 'toolexec', 'buildmode', 'compiler', 'gccgoflags', 'installsuffix', 'overlay', 'pgo', 'pkgdir'];

function goPinned(p: string): boolean {
  if (p === '.' || p.startsWith('/') || p.startsWith('.')) return true;
  const at = p.lastIndexOf('@');
  if (at < 0) return false;
  const v = p.slice(at + 1);
  return v !== '' && v !== 'latest' && v !== 'none';
}
