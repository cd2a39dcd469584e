import type { Rule } from '@flightcheck/core';
import type { AirflowModel } from '../model.js';
import { apiAuthOpen } from './api-auth-open.js';
import { connVarLiteral } from './conn-var-literal.js';
import { connectionNoTls } from './connection-no-tls.js';
import { connectionPasswordPlain } from './connection-password-plain.js';
import { defaultAdminPassword } from './default-admin-password.js';
import { executorNamespaceRbac } from './executor-namespace-rbac.js';
import { exposeConfig } from './expose-config.js';
import { fernetKeyWeak } from './fernet-key-weak.js';
import { invalidConfig } from './invalid-config.js';
import { jwtSecretWeak } from './jwt-secret-weak.js';
import { loadExamples } from './load-examples.js';
import { multiNamespaceClusterRights } from './multi-namespace-cluster-rights.js';
import { secretKeyWeak } from './secret-key-weak.js';
import { secretLiteral } from './secret-literal.js';
import { secretShared } from './secret-shared.js';
import { workerPodPrivileges } from './worker-pod-privileges.js';

/** Every rule of the airflow check, in the order they run (and report). */
export const rules: readonly Rule<AirflowModel, string, unknown>[] = [
  invalidConfig,
  secretKeyWeak,
  jwtSecretWeak,
  fernetKeyWeak,
  secretLiteral,
  secretShared,
  loadExamples,
  exposeConfig,
  apiAuthOpen,
  defaultAdminPassword,
  connectionNoTls,
  connectionPasswordPlain,
  connVarLiteral,
  workerPodPrivileges,
  executorNamespaceRbac,
  multiNamespaceClusterRights,
];
