export { CHECK_NAME, MAX_FILE_BYTES, runCheck, scanText, type CheckOptions, type ScanSink } from './engine.js';
export { parseSubject, kindOf, type ScanSubject, type SubjectKind } from './subject.js';
export { collectFiles, SKIP_DIRS } from './files.js';
export { ALLOW_FILE, INLINE_MARKER, loadAllowList, allowMatcher, inlineAllow, type AllowEntry } from './allow.js';
export { redact, fingerprint, entropy, isPlaceholder, isReference, isCredentialName } from './secret.js';
export { FIXTURE_MARKER, fixtureMark, isTestPath } from './fixture.js';
export { literalCredential } from './helpers/literal.js';
export { rules } from './rules/index.js';
export { renderRuleDoc } from './docs.js';
