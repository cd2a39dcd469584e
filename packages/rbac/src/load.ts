// Manifests → RBAC store and authorizer, with the files' problems kept for the caller to report.
import { Authorizer } from './engine/authorizer.js';
import { buildStore, type RbacStore } from './engine/store.js';
import { loadManifests, type ManifestProblem } from './model/manifests.js';

export interface LoadedRbac {
  store: RbacStore;
  authorizer: Authorizer;
  problems: ManifestProblem[];
  files: string[];
}

export async function loadRbac(paths: string[], cwd: string): Promise<LoadedRbac> {
  const loaded = await loadManifests(paths, { cwd });
  const store = buildStore(loaded.objects);
  return { store, authorizer: new Authorizer(store), problems: loaded.problems, files: loaded.files };
}
