import type { KubeCheck } from '../engine/check.js';
import deploymentStrategy from './deployment-strategy.js';
import deploymentReplicas from './deployment-replicas.js';
import ingressTargetsService from './ingress-targets-service.js';
import cronjobHasDeadline from './cronjob-has-deadline.js';
import cronjobRestartpolicy from './cronjob-restartpolicy.js';
import containerResources from './container-resources.js';
import containerResourceRequestsEqualLimits from './container-resource-requests-equal-limits.js';
import containerCpuRequestsEqualLimits from './container-cpu-requests-equal-limits.js';
import containerMemoryRequestsEqualLimits from './container-memory-requests-equal-limits.js';
import containerImageTag from './container-image-tag.js';
import containerImagePullPolicy from './container-image-pull-policy.js';
import containerEphemeralStorageRequestAndLimit from './container-ephemeral-storage-request-and-limit.js';
import containerEphemeralStorageRequestEqualsLimit from './container-ephemeral-storage-request-equals-limit.js';
import containerPortsCheck from './container-ports-check.js';
import environmentVariableKeyDuplication from './environment-variable-key-duplication.js';
import statefulsetHasPoddisruptionbudget from './statefulset-has-poddisruptionbudget.js';
import deploymentHasPoddisruptionbudget from './deployment-has-poddisruptionbudget.js';
import poddisruptionbudgetHasPolicy from './poddisruptionbudget-has-policy.js';
import podNetworkpolicy from './pod-networkpolicy.js';
import networkpolicyTargetsPod from './networkpolicy-targets-pod.js';
import podProbes from './pod-probes.js';
import podProbesIdentical from './pod-probes-identical.js';
import containerSecurityContextUserGroupId from './container-security-context-user-group-id.js';
import containerSecurityContextPrivileged from './container-security-context-privileged.js';
import containerSecurityContextReadonlyrootfilesystem from './container-security-context-readonlyrootfilesystem.js';
import containerSeccompProfile from './container-seccomp-profile.js';
import serviceTargetsPod from './service-targets-pod.js';
import serviceType from './service-type.js';
import stableVersion from './stable-version.js';
import deploymentHasHostPodantiaffinity from './deployment-has-host-podantiaffinity.js';
import statefulsetHasHostPodantiaffinity from './statefulset-has-host-podantiaffinity.js';
import deploymentTargetedByHpaDoesNotHaveReplicasConfigured from './deployment-targeted-by-hpa-does-not-have-replicas-configured.js';
import statefulsetHasServicename from './statefulset-has-servicename.js';
import deploymentPodSelectorLabelsMatchTemplateMetadataLabels from './deployment-pod-selector-labels-match-template-metadata-labels.js';
import statefulsetPodSelectorLabelsMatchTemplateMetadataLabels from './statefulset-pod-selector-labels-match-template-metadata-labels.js';
import labelValues from './label-values.js';
import horizontalpodautoscalerHasTarget from './horizontalpodautoscaler-has-target.js';
import horizontalpodautoscalerReplicas from './horizontalpodautoscaler-replicas.js';
import podTopologySpreadConstraints from './pod-topology-spread-constraints.js';

/** Every check, in kube-score's registration order. */
export const ALL_CHECKS: readonly KubeCheck[] = [
  deploymentStrategy,
  deploymentReplicas,
  ingressTargetsService,
  cronjobHasDeadline,
  cronjobRestartpolicy,
  containerResources,
  containerResourceRequestsEqualLimits,
  containerCpuRequestsEqualLimits,
  containerMemoryRequestsEqualLimits,
  containerImageTag,
  containerImagePullPolicy,
  containerEphemeralStorageRequestAndLimit,
  containerEphemeralStorageRequestEqualsLimit,
  containerPortsCheck,
  environmentVariableKeyDuplication,
  statefulsetHasPoddisruptionbudget,
  deploymentHasPoddisruptionbudget,
  poddisruptionbudgetHasPolicy,
  podNetworkpolicy,
  networkpolicyTargetsPod,
  podProbes,
  podProbesIdentical,
  containerSecurityContextUserGroupId,
  containerSecurityContextPrivileged,
  containerSecurityContextReadonlyrootfilesystem,
  containerSeccompProfile,
  serviceTargetsPod,
  serviceType,
  stableVersion,
  deploymentHasHostPodantiaffinity,
  statefulsetHasHostPodantiaffinity,
  deploymentTargetedByHpaDoesNotHaveReplicasConfigured,
  statefulsetHasServicename,
  deploymentPodSelectorLabelsMatchTemplateMetadataLabels,
  statefulsetPodSelectorLabelsMatchTemplateMetadataLabels,
  labelValues,
  horizontalpodautoscalerHasTarget,
  horizontalpodautoscalerReplicas,
  podTopologySpreadConstraints,
];

export const CHECKS_BY_ID: ReadonlyMap<string, KubeCheck> = new Map(ALL_CHECKS.map((c) => [c.meta.id, c]));
