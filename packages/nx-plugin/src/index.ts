export { createNodes, createNodesV2, buildTargets, createNodesFromFileList, looksLikeKubernetesYaml, SECURITY_TARGET, TARGET_GROUP } from './create-nodes.js';
export { normalizeOptions, type FlightcheckPluginOptions, type CustomCheckOptions } from './options.js';
export { BUILTIN_CHECKS, type BuiltinCheck, type ProjectInfo } from './targets/index.js';
export { initGenerator } from './generators/init/generator.js';
export { postTasksExecution } from './post-tasks.js';
