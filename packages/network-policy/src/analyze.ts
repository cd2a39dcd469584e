import { loadManifestFiles, manifestFiles } from './manifests.js';
import { computeConnectivity, type Connectivity, type ConnectivityOptions } from './engine/connlist.js';
import type { LoadedManifests } from '@flightcheck/k8s';
import { buildTopology } from './model/topology.js';
import type { Problem, Topology } from './model/types.js';

export interface Analysis {
  loaded: LoadedManifests;
  topology: Topology;
  connectivity: Connectivity;
  /** Input problems, policy errors and analysis warnings, in that order. */
  problems: Problem[];
}

/** Reads the manifests under the paths and builds the connectivity model. */
export function loadTopology(paths: readonly string[], cwd: string): { loaded: LoadedManifests; topology: Topology } {
  const loaded = loadManifestFiles(manifestFiles(paths, cwd));
  return { loaded, topology: buildTopology(loaded.objects) };
}

export function analyzeTopology(loaded: LoadedManifests, topology: Topology, opts: ConnectivityOptions = {}): Analysis {
  const connectivity = computeConnectivity(topology, opts);
  return { loaded, topology, connectivity, problems: collectProblems(loaded, topology, connectivity) };
}

/** Input problems, policy errors and analysis warnings, in that order. */
export function collectProblems(loaded: LoadedManifests, topology: Topology, connectivity: Connectivity): Problem[] {
  return [
    ...loaded.problems.map((p): Problem => ({ level: 'warning', unreadable: true, message: p.reason, file: p.file, ...(p.line ? { line: p.line } : {}) })),
    ...loaded.passedOver.map((p): Problem => ({ level: 'warning', message: `${p.reason}; skipped`, file: p.file, line: p.line })),
    ...topology.problems,
    ...connectivity.index.problems,
    ...[...connectivity.index.warnings].map((m): Problem => ({ level: 'warning', message: m })),
  ];
}

export function analyzePaths(paths: readonly string[], cwd: string, opts: ConnectivityOptions = {}): Analysis {
  const { loaded, topology } = loadTopology(paths, cwd);
  return analyzeTopology(loaded, topology, opts);
}
