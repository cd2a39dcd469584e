import { compliance } from './compliance.js';
import { dockerfileLint } from './dockerfile-lint.js';
import { imageBuild } from './image-build.js';
import { imageScan } from './image-scan.js';
import { networkPolicy } from './network-policy.js';
import { permissions } from './permissions.js';
import { sign, verifySignature } from './signing.js';
import type { BuiltinCheck } from './types.js';

export type { BuiltinCheck, ProjectInfo, ProjectKind, Input } from './types.js';

/** The built-in checks of DESIGN.md's table, in the order they appear there. */
export const BUILTIN_CHECKS: readonly BuiltinCheck[] = [dockerfileLint, imageBuild, imageScan, permissions, sign, verifySignature, compliance, networkPolicy];
