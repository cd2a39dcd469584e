import type { PssCheck } from '../engine/check.js';
import allowPrivilegeEscalation from './allowPrivilegeEscalation.js';
import appArmorProfile from './appArmorProfile.js';
import capabilities_baseline from './capabilities_baseline.js';
import capabilities_restricted from './capabilities_restricted.js';
import hostNamespaces from './hostNamespaces.js';
import hostPathVolumes from './hostPathVolumes.js';
import hostPorts from './hostPorts.js';
import hostProbesAndHostLifecycle from './hostProbesAndHostLifecycle.js';
import privileged from './privileged.js';
import procMount from './procMount.js';
import procMount_restricted from './procMount_restricted.js';
import restrictedVolumes from './restrictedVolumes.js';
import runAsNonRoot from './runAsNonRoot.js';
import runAsUser from './runAsUser.js';
import seccompProfile_baseline from './seccompProfile_baseline.js';
import seccompProfile_restricted from './seccompProfile_restricted.js';
import seLinuxOptions from './seLinuxOptions.js';
import sysctls from './sysctls.js';
import windowsHostProcess from './windowsHostProcess.js';

const byteOrder = (a: PssCheck, b: PssCheck) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0);

/** Every check of pod-security-admission v0.36, in the library's order: baseline ids sorted, then restricted ids sorted. */
export const PSS_CHECKS: readonly PssCheck[] = [
  ...[appArmorProfile, capabilities_baseline, hostNamespaces, hostPathVolumes, hostPorts, hostProbesAndHostLifecycle, privileged, procMount, seLinuxOptions, seccompProfile_baseline, sysctls, windowsHostProcess].sort(byteOrder),
  ...[allowPrivilegeEscalation, capabilities_restricted, procMount_restricted, restrictedVolumes, runAsNonRoot, runAsUser, seccompProfile_restricted].sort(byteOrder),
];

export const PSS_CHECKS_BY_ID: ReadonlyMap<string, PssCheck> = new Map(PSS_CHECKS.map((c) => [c.meta.id, c]));
