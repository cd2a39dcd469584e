import { escalationRule } from './helpers/escalation-rule.js';

export const workloadCreate = escalationRule({
  id: 'workload-create',
  description:
    'A subject can create, update or patch pod-owning workloads (Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs, CronJobs, ReplicationControllers): their controllers create the pods, which may run as any ServiceAccount of the namespace.',
  resolution: 'Limit workload writes to the deployer of that namespace, and keep ServiceAccounts with more rights out of namespaces where others can write workloads.',
});
