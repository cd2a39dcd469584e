import type { Rule } from '@flightcheck/core';
import type { ScanSubject } from '../subject.js';
import { awsAccessKey } from './aws-access-key.js';
import { connectionUriPassword } from './connection-uri-password.js';
import { containerEnvCredential } from './container-env-credential.js';
import { credentialAssignment } from './credential-assignment.js';
import { dockerfileSecret } from './dockerfile-secret.js';
import { gcpServiceAccount } from './gcp-service-account.js';
import { githubToken } from './github-token.js';
import { jwt } from './jwt.js';
import { kubernetesSecret } from './kubernetes-secret.js';
import { privateKey } from './private-key.js';
import { slackToken } from './slack-token.js';

/**
 * Every rule, in the order they run: structured rules (they know the object and the variable) before the
 * token formats, and the generic assignment rule last; a line reported by an earlier rule is not reported again.
 */
export const rules: readonly Rule<ScanSubject, string, unknown>[] = [
  kubernetesSecret,
  containerEnvCredential,
  dockerfileSecret,
  gcpServiceAccount,
  privateKey,
  awsAccessKey,
  githubToken,
  slackToken,
  jwt,
  connectionUriPassword,
  credentialAssignment,
];
