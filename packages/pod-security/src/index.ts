export { PSS_CHECKS, PSS_CHECKS_BY_ID } from './rules/index.js';
export { definePssCheck, type PssCheck, type Violation, type ViolationField, type CheckVersion } from './engine/check.js';
export { evaluatePod, checksFor, highestLevels, BREAKPOINTS, type CheckViolation, type LevelRange } from './engine/evaluate.js';
export { LEVELS, LATEST_MINOR, LIBRARY_VERSION, parseVersion, type Level, type PolicyVersion } from './engine/versions.js';
export { withApiServerDefaults, type PodView } from './engine/pod.js';
export { policyFromLabels, type NamespacePolicy } from './admission/labels.js';
export { toPodSecurityConfig, readAdmissionConfiguration, CONFIG_SCHEMA, type PodSecurityConfig, type Exemptions } from './admission/config.js';
export { judge, couldEnforce, pathText } from './judge.js';
export { runPodSecurity, runPodSecuritySafely, CHECK, type PodSecurityRequest } from './run.js';
