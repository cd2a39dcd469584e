import type { Rule } from '@flightcheck/core';
import type { TextSubject } from '../engine.js';
import { privateKey } from './private-key.js';

/** Every rule of this check, in the order they run. Add a rule: a file named after its id, its spec, an entry here. */
export const rules: readonly Rule<TextSubject, string, unknown>[] = [privateKey];
