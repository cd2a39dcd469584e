import type { Component, Where } from './component.js';
import type { ImageConfig } from './dockerfile.js';
import type { K8sObject } from '@flightcheck/k8s';

/** Something in Airflow's configuration that Airflow itself would refuse or ignore. */
export interface ConfigProblem {
  kind: 'cfg' | 'env-name' | 'dockerfile' | 'pod-template';
  where: Where;
  message: string;
}

/** The subject every rule sees: the Airflow components of a project, with the objects they came from. */
export interface AirflowModel {
  components: Component[];
  /** Every object of the manifests (RBAC, Secrets, ConfigMaps…). */
  objects: K8sObject[];
  problems: ConfigProblem[];
  /** Values the check does not evaluate (`_CMD` variants, unresolved references), said once each. */
  notices: { where: Where; message: string }[];
  image?: ImageConfig;
}
