export * from './engine/policy-rule.js';
export * from './engine/authorizer.js';
export * from './engine/store.js';
export { loadRbac, type LoadedRbac } from './load.js';
export { parseRequest, parseBatchLine, answerBatch } from './query.js';
