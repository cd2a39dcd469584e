import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, type CommandIO } from '@flightcheck/core';
import { collectProblems, loadTopology, type Analysis } from './analyze.js';
import { DIFF_FORMATS, type NetworkPolicyArgs } from './cli.js';
import { diffTopologies } from './engine/diff.js';
import { renderDiff } from './formats/diff.js';
import { loadGitSide } from './git.js';
import type { LoadedManifests } from '@flightcheck/k8s';
import type { Topology } from './model/types.js';

async function side(spec: string, paths: string[], io: CommandIO): Promise<{ loaded: LoadedManifests; topology: Topology }> {
  const p = resolve(io.cwd, spec);
  if (existsSync(p) && statSync(p).isDirectory()) return loadTopology([p], io.cwd);
  return loadGitSide(spec, paths, io.cwd);
}

/** `network-policy diff --base DIR|REF --head DIR|REF [paths..]`: what changed in the allowed connections. */
export async function runDiff(args: NetworkPolicyArgs, io: CommandIO, report: (a: Analysis) => boolean): Promise<number> {
  const format = args.format ?? 'text';
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) throw new UsageError(`diff prints ${DIFF_FORMATS.join(', ')}; not ${format}`);
  if (!args.base || !args.head) throw new UsageError('diff needs --base and --head (each a directory or a git ref)');
  const paths = args.paths?.length ? args.paths : ['.'];
  const base = await side(args.base, paths, io);
  const head = await side(args.head, paths, io);
  const d = diffTopologies(base.topology, head.topology);
  const bad = [report({ ...base, connectivity: d.base, problems: collectProblems(base.loaded, base.topology, d.base) }), report({ ...head, connectivity: d.head, problems: collectProblems(head.loaded, head.topology, d.head) })].some(Boolean);
  if (bad) return 2;
  io.stdout(renderDiff(d.lines, format));
  return 0;
}
