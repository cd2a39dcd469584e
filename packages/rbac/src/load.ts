// Manifests → RBAC store and authorizer, with the files' problems kept for the caller to report.
import { Authorizer } from './engine/authorizer.js';
import { buildStore, type RbacStore, type StoreOptions } from './engine/store.js';
import { loadManifests, type ManifestProblem } from '@flightcheck/k8s';

/** RBAC input is YAML or JSON (kubectl get -o json): both are read. */
const isInput = (name: string): boolean => /\.(ya?ml|json)$/i.test(name);

export interface LoadedRbac {
  store: RbacStore;
  authorizer: Authorizer;
  problems: ManifestProblem[];
  files: string[];
}

export async function loadRbac(paths: string[], cwd: string, options: StoreOptions = {}): Promise<LoadedRbac> {
  const loaded = await loadManifests(paths, { cwd, match: isInput });
  const store = buildStore(loaded.objects, options);
  return { store, authorizer: new Authorizer(store), problems: loaded.problems, files: loaded.files };
}
