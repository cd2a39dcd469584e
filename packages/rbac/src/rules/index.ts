import type { Rule } from '@flightcheck/core';
import type { RbacAnalysis } from './helpers/analysis.js';
import { admissionWebhookWrite } from './admission-webhook-write.js';
import { aggregationCycle } from './aggregation-cycle.js';
import { aggregationSelectsNothing } from './aggregation-selects-nothing.js';
import { clusterAdminBinding } from './cluster-admin-binding.js';
import { csrApprove } from './csr-approve.js';
import { impersonate } from './impersonate.js';
import { needNotGranted } from './need-not-granted.js';
import { nodesProxy } from './nodes-proxy.js';
import { permissionBeyondNeed } from './permission-beyond-need.js';
import { podAttach } from './pod-attach.js';
import { podCreate } from './pod-create.js';
import { podEphemeralContainers } from './pod-ephemeral-containers.js';
import { podExec } from './pod-exec.js';
import { podPatch } from './pod-patch.js';
import { podPortforward } from './pod-portforward.js';
import { publicGroupBinding } from './public-group-binding.js';
import { rbacObjectInvalid } from './rbac-object-invalid.js';
import { roleBind } from './role-bind.js';
import { roleEscalate } from './role-escalate.js';
import { roleRefMissing } from './role-ref-missing.js';
import { rolebindingWrite } from './rolebinding-write.js';
import { secretsRead } from './secrets-read.js';
import { serviceaccountTokenCreate } from './serviceaccount-token-create.js';
import { subjectKindUnknown } from './subject-kind-unknown.js';
import { tokenAutomountUnneeded } from './token-automount-unneeded.js';
import { wildcardPermission } from './wildcard-permission.js';
import { workloadCreate } from './workload-create.js';

/** Every rule of the rbac check, by id. */
export const ALL_RULES: readonly Rule<RbacAnalysis, string>[] = [
  admissionWebhookWrite,
  aggregationCycle,
  aggregationSelectsNothing,
  clusterAdminBinding,
  csrApprove,
  impersonate,
  needNotGranted,
  nodesProxy,
  permissionBeyondNeed,
  podAttach,
  podCreate,
  podEphemeralContainers,
  podExec,
  podPatch,
  podPortforward,
  publicGroupBinding,
  rbacObjectInvalid,
  roleBind,
  roleEscalate,
  roleRefMissing,
  rolebindingWrite,
  secretsRead,
  serviceaccountTokenCreate,
  subjectKindUnknown,
  tokenAutomountUnneeded,
  wildcardPermission,
  workloadCreate,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule<RbacAnalysis, string>> = new Map(ALL_RULES.map((r) => [r.meta.id, r]));
