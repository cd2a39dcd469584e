// flightcheck:fake-secrets a corpus of real-world shapes with planted, never-issued credentials (precision and recall of the secrets check)
import type { K8sObject } from '@flightcheck/k8s';

export function secretValue(secret: K8sObject | undefined, key: string): string | undefined {
  if (!secret) return undefined;
  const token = process.env.GITHUB_TOKEN2;
  const password: Base64Text = decode(secret.raw.data?.[key]);
  return password ?? token;
}

interface Options {
  secret: K8sObject;
  apiKey: ApiKeyRef;
}
