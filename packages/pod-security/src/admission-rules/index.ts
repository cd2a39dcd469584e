import type { Rule } from '@flightcheck/core';
import namespaceEnforce from './namespace-enforce.js';
import namespaceLabels from './namespace-labels.js';
import podSpec from './pod-spec.js';
import podTemplate from './pod-template.js';

/** The rules of the check beyond the library's: namespaces and input that cannot be judged. */
export const ADMISSION_RULES: readonly Rule<unknown, string, unknown>[] = [namespaceEnforce, namespaceLabels, podSpec, podTemplate];
