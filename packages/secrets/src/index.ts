export { CHECK_NAME, runCheck, parseSubject, type CheckOptions, type TextSubject } from './engine.js';
export { collectFiles, FILE_KIND, type FileKind } from './files.js';
export { rules } from './rules/index.js';
export { renderRuleDoc } from './docs.js';
