import { formatFiles, readNxJson, updateNxJson, type Tree } from '@nx/devkit';

export interface InitGeneratorSchema {
  imagesDir?: string;
  manifestsDir?: string;
  skipFormat?: boolean;
}

export const PLUGIN_NAME = '@flightcheck/nx-plugin';

/** Adds the plugin to nx.json (once) and the policy files' defaults to `namedInputs`. */
export async function initGenerator(tree: Tree, schema: InitGeneratorSchema = {}): Promise<void> {
  const nxJson = readNxJson(tree) ?? {};
  const plugins = nxJson.plugins ?? [];
  const present = plugins.some((p) => (typeof p === 'string' ? p : p.plugin) === PLUGIN_NAME);
  if (!present) {
    const options: Record<string, string> = {};
    if (schema.imagesDir && schema.imagesDir !== 'images') options.imagesDir = schema.imagesDir;
    if (schema.manifestsDir && schema.manifestsDir !== 'manifests') options.manifestsDir = schema.manifestsDir;
    plugins.push(Object.keys(options).length ? { plugin: PLUGIN_NAME, options } : PLUGIN_NAME);
  }
  nxJson.plugins = plugins;
  nxJson.namedInputs = { ...nxJson.namedInputs, flightcheckPolicy: ['{workspaceRoot}/flightcheck.yaml', '{workspaceRoot}/flightcheck.waivers.yaml'] };
  updateNxJson(tree, nxJson);
  if (!tree.exists('flightcheck.yaml')) {
    tree.write('flightcheck.yaml', '# flightcheck policy: the gate fails on findings at or above this severity.\nfailOn: high\n');
  }
  if (!schema.skipFormat) await formatFiles(tree);
}

export default initGenerator;
