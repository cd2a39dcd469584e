import { findTool, InputError, runTool } from '@flightcheck/core';
import { emptyLoad, MAX_FILE_BYTES, MAX_FILES, type LoadedManifests } from '@flightcheck/k8s';
import { isManifestFile, readManifestText } from './manifests.js';
import { buildTopology } from './model/topology.js';
import type { Topology } from './model/types.js';

const GIT = { name: 'git', installHint: 'install git (apt-get install git) to diff against a git ref' };

/**
 * The manifests under `paths` as they are at a git ref (`REF`, or `REF:path` for one path), read with
 * `git ls-tree` and `git show` through the tool runner; file names in messages are `REF:path`.
 */
export async function loadGitSide(spec: string, paths: string[], cwd: string): Promise<{ loaded: LoadedManifests; topology: Topology }> {
  if (!/^[\w./@^~{}-]+(:[\w./@-]*)?$/.test(spec) || spec.startsWith('-')) throw new InputError(spec, 'is neither a directory nor a git ref');
  const [ref, sub] = spec.includes(':') ? [spec.slice(0, spec.indexOf(':')), spec.slice(spec.indexOf(':') + 1)] : [spec, undefined];
  const git = await findTool(GIT);
  const wanted = sub !== undefined ? [sub || '.'] : paths;
  const verify = await runTool(git, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, okCodes: [1, 128], timeoutMs: 30_000 });
  if (verify.code !== 0) throw new InputError(spec, 'is neither a directory nor a commit git knows here');
  const ls = await runTool(git, ['ls-tree', '-r', '-z', '--name-only', ref, '--', ...wanted], { cwd, timeoutMs: 60_000 });
  const files = ls.stdout.split('\0').filter((f) => f && isManifestFile(f));
  if (files.length > MAX_FILES) throw new InputError(spec, `holds more than ${MAX_FILES} manifest files`);
  const out: LoadedManifests = emptyLoad();
  for (const f of files) {
    const name = `${ref}:${f}`;
    const shown = await runTool(git, ['show', `${ref}:./${f}`], { cwd, timeoutMs: 60_000, maxOutputBytes: MAX_FILE_BYTES });
    readManifestText(shown.stdout, name, out);
  }
  return { loaded: out, topology: buildTopology(out.objects) };
}
