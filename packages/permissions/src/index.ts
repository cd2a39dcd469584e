export { checkPermissions, type PermissionsRequest } from './engine.js';
export { checkArchive, CHECK } from './static-check.js';
export { checkRuntime, CHECK_RUNTIME } from './runtime-check.js';
export { probeContainer, parseProbeOutput, PROBE_SCRIPT, type RuntimeFacts } from './runtime-probe.js';
export { loadImageSubject, type ImageSubject } from './subject.js';
export { parsePasswd, parseGroup, resolveUser, type PasswdEntry, type GroupEntry, type ResolvedUser } from './accounts.js';
export { DEFAULT_OPTIONS, DEBIAN_SETUID, normalizePermissionsOptions, PermissionsOptionError, type PermissionsOptions } from './options.js';
export { STATIC_RULES } from './rules/index.js';
export { RUNTIME_RULES } from './rules/runtime.js';
