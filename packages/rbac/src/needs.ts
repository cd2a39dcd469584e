// `flightcheck.yaml` → `checks.rbac`: what each ServiceAccount needs from the API, validated with a
// JSON schema. A ServiceAccount the list leaves out needs nothing (no rules, no token).
import { ConfigError } from '@flightcheck/core';
import { Ajv } from 'ajv';
import type { PolicyRule } from './engine/policy-rule.js';

export interface Need {
  namespace: string;
  name: string;
  /** Where the rules are needed: a namespace, or '' for cluster scope. */
  scope: string;
  rules: PolicyRule[];
}

export interface RbacConfig {
  /** Undefined when the policy declares no needs: least privilege cannot be judged. */
  needs?: Need[];
}

const list = { type: 'array', maxItems: 1000, items: { type: 'string', maxLength: 253 } };

export const RBAC_CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    needs: {
      type: 'array',
      maxItems: 10_000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['serviceAccount'],
        properties: {
          serviceAccount: { type: 'string', pattern: '^[^/\\s]+/[^/\\s]+$', description: 'NAMESPACE/NAME' },
          namespace: { type: 'string', description: "where the rules are needed (default: the ServiceAccount's namespace; '' = cluster scope)" },
          rules: {
            type: 'array',
            maxItems: 1000,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['verbs'],
              properties: { verbs: { ...list, minItems: 1 }, apiGroups: list, resources: list, resourceNames: list, nonResourceURLs: list },
            },
          },
        },
      },
    },
  },
} as const;

let validator: ReturnType<Ajv['compile']> | undefined;

/** Validates and reads `checks.rbac`; `file` names the policy file in errors. */
export function readRbacConfig(raw: unknown, file: string): RbacConfig {
  if (raw === undefined || raw === null) return {};
  validator ??= new Ajv({ allErrors: false, strict: true }).compile(RBAC_CONFIG_SCHEMA);
  if (!validator(raw)) {
    const e = validator.errors![0]!;
    throw new ConfigError(file, `checks.rbac${e.instancePath.replace(/\//g, '.')} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
  }
  const r = raw as { needs?: { serviceAccount: string; namespace?: string; rules?: Partial<PolicyRule>[] }[] };
  if (!r.needs) return {};
  return {
    needs: r.needs.map((n) => {
      const [namespace, name] = n.serviceAccount.split('/') as [string, string];
      const rules = (n.rules ?? []).map((x) => ({ verbs: x.verbs ?? [], apiGroups: x.apiGroups ?? [], resources: x.resources ?? [], resourceNames: x.resourceNames ?? [], nonResourceURLs: x.nonResourceURLs ?? [] }));
      for (const [i, x] of rules.entries()) {
        if (!x.nonResourceURLs.length && (!x.apiGroups.length || !x.resources.length)) throw new ConfigError(file, `checks.rbac: need of ${n.serviceAccount}, rules[${i}]: a resource rule needs apiGroups and resources`);
      }
      return { namespace, name, scope: n.namespace ?? namespace, rules };
    }),
  };
}
