import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import { argsAfter, dropFlagArg, getFlags, isPipInstall } from '../parser/command.js';
import type { Command } from '../parser/shell.js';

/** DL3013: Pin versions in pip install. */
export default dockerRule({
  id: 'DL3013',
  level: 'warning',
  description: 'Pin versions in pip install.',
  message: 'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`',
  onbuild: true,
  check({ instructions, report, config }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (s && s.commands.some((c) => isPipInstall(c) && pipUnpinned(c))) report(ins.line);
    }
  },
});

const VALUE_FLAGS = [
  'i', 'index-url', 'extra-index-url', 't', 'target', 'e', 'editable', 'prefix', 'platform', 'python-version',
  'implementation', 'abi', 'root', 'src', 'f', 'find-links', 'trusted-host', 'b', 'build', 'upgrade-strategy',
  'progress-bar', 'log', 'proxy', 'retries', 'timeout', 'exists-action', 'cert', 'client-cert', 'cache-dir',
  'only-binary', 'no-binary', 'global-option', 'install-option', 'config-settings', 'C', 'report', 'python', 'root-user-action', 'use-feature', 'use-deprecated', 'keyring-provider', 'r', 'requirement', 'c', 'constraint',
];
const PIN = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];

export function pipUnpinned(c: Command): boolean {
  const flags = getFlags(c);
  if (c.args.includes('-r') || c.args.includes('--requirement') || c.args.includes('.') || flags.includes('c') || flags.includes('constraint')) return false;
  const after = argsAfter(dropFlagArg(VALUE_FLAGS, c), 'install');
  const pkgs = after.filter((a) => !a.startsWith('-'));
  return pkgs.some((p) => !pipPinned(p));
}

function pipPinned(p: string): boolean {
  if (PIN.some((x) => p.includes(x))) return true;
  const vcs = /^(git\+|hg\+|svn|bzr\+|git)/.test(p);
  if (vcs) return p.includes('@');
  if (p.endsWith('.whl') || p.endsWith('.tar.gz')) return true;
  return p.includes('/');
}
