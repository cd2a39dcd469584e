import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import type { Command } from '../parser/shell.js';

/** DL3028: Pin versions in gem install. */
export default dockerRule({
  id: 'DL3028',
  level: 'warning',
  description: 'Pin versions in gem install.',
  message: 'Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      if (s.commands.some((c) => c.name === 'gem' && (c.args[0] === 'install' || c.args[0] === 'i' || c.args.includes('install')) && unpinnedGem(c))) report(ins.line);
    }
  },
});

function unpinnedGem(c: Command): boolean {
  if (c.args.some((a) => a === '-v' || a === '--version' || a.startsWith('--version='))) return false;
  const dd = c.args.indexOf('--');
  const args = dd < 0 ? c.args : c.args.slice(0, dd);
  const gems: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-')) {
      // an option's value is skipped: short value options, and long options that are not known switches
      if (takesValue(a) && i + 1 < args.length && !args[i + 1]!.startsWith('-')) i++;
      continue;
    }
    if (a !== 'install' && a !== 'i') gems.push(a);
  }
  return gems.some((g) => !g.includes(':'));
}

const SHORT_VALUE = ['-i', '-n', '-s', '-p', '-g', '-P', '-B', '-N'];
const SWITCHES = new Set([
  'document', 'force', 'local', 'remote', 'both', 'conservative', 'minimal-deps', 'post-install-message', 'prerelease',
  'development', 'development-all', 'ignore-dependencies', 'wrappers', 'lock', 'suggestions', 'default', 'explain', 'vendor',
  'env-shebang', 'format-executable', 'norc', 'quiet', 'silent', 'verbose', 'backtrace', 'debug', 'clear-sources',
  'update-sources', 'user-install', 'system', 'install-as-default', 'rdoc', 'ri', 'bulk-threshold',
]);

function takesValue(a: string): boolean {
  if (a.includes('=')) return false;
  if (!a.startsWith('--')) return SHORT_VALUE.includes(a);
  const name = a.slice(2);
  return !name.startsWith('no-') && !SWITCHES.has(name);
}
