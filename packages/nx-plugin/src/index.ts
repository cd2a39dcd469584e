export { buildTargets, createNodesFromFileList, looksLikeKubernetesYaml, SECURITY_TARGET, TARGET_GROUP } from './create-nodes.js';
export { createNodes, createNodesV2 } from './nodes-cache.js';
export { normalizeOptions, type FlightcheckPluginOptions, type CustomCheckOptions } from './options.js';
export { BUILTIN_CHECKS, type BuiltinCheck, type ProjectInfo } from './targets/index.js';
// Generators are not exported here: Nx finds them through generators.json, and the plugin entry that Nx loads
// to build the project graph must not import @nx/devkit's runtime (start-up of every nx command).
export { postTasksExecution } from './post-tasks.js';
