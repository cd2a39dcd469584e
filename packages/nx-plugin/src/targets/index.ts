import { airflow } from './airflow.js';
import { compliance } from './compliance.js';
import { dockerfileLint } from './dockerfile-lint.js';
import { imageBuild } from './image-build.js';
import { imageScan } from './image-scan.js';
import { networkPolicy } from './network-policy.js';
import { permissions } from './permissions.js';
import { rbac } from './rbac.js';
import { podSecurity } from './pod-security.js';
import { sign, verifySignature } from './signing.js';
import type { BuiltinCheck } from './types.js';

export { appliesTo } from './applies.js';
export type { BuiltinCheck, ProjectInfo, ProjectKind, Input } from './types.js';

/** The built-in checks of DESIGN.md's table, in the order they appear there. */
export const BUILTIN_CHECKS: readonly BuiltinCheck[] = [dockerfileLint, imageBuild, imageScan, permissions, sign, verifySignature, compliance, rbac, podSecurity, airflow, networkPolicy];
