import allowAll from './allow-all.js';
import allowedNotIntended from './allowed-not-intended.js';
import intendedBlocked from './intended-blocked.js';
import invalidInput from './invalid-input.js';
import missingDefaultDeny from './missing-default-deny.js';
import policyWarning from './policy-warning.js';

/** The gate's rules, in report order. */
export const ALL_RULES = [invalidInput, allowedNotIntended, intendedBlocked, missingDefaultDeny, allowAll, policyWarning];
