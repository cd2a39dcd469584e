// `flightcheck.yaml` → `checks.rbac`: what each ServiceAccount needs from the API, validated with a
// JSON schema. A ServiceAccount the list leaves out needs nothing (no rules, no token).
import { readFileSync } from 'node:fs';
import { ConfigError } from '@flightcheck/core';
import { Ajv } from 'ajv';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { PolicyRule } from './engine/policy-rule.js';

export interface Need {
  namespace: string;
  name: string;
  /** Where the rules are needed: a namespace, or '' for cluster scope. */
  scope: string;
  rules: PolicyRule[];
  /** Lines in the policy file: of the need, and of each of its rules (when known). */
  line?: number;
  ruleLines?: (number | undefined)[];
}

/** The line of `checks.rbac.<path>` in the policy file. */
export type NeedLines = (path: readonly (string | number)[]) => number | undefined;

/** Lines of checks.rbac in a policy file (loadPolicy has already read it as YAML); undefined when it cannot be read. */
export function needLines(file: string): NeedLines | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) return undefined;
  return (path) => {
    let n: unknown = doc.contents;
    let line: number | undefined;
    for (const k of ['checks', 'rbac', ...path]) {
      if (!n || !(isMap(n) || isSeq(n))) break;
      n = (n as { get(k: unknown, keep: true): unknown }).get(k, true);
      const r = (n as Node | undefined)?.range;
      if (!r) break;
      line = lc.linePos(r[0]).line;
    }
    return line;
  };
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
export function readRbacConfig(raw: unknown, file: string, lines?: NeedLines): RbacConfig {
  if (raw === undefined || raw === null) return {};
  validator ??= new Ajv({ allErrors: false, strict: true }).compile(RBAC_CONFIG_SCHEMA);
  if (!validator(raw)) {
    const e = validator.errors![0]!;
    const path = e.instancePath.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    throw new ConfigError(file, `checks.rbac${e.instancePath.replace(/\//g, '.')} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`, lines?.(path));
  }
  const r = raw as { needs?: { serviceAccount: string; namespace?: string; rules?: Partial<PolicyRule>[] }[] };
  if (!r.needs) return {};
  return {
    needs: r.needs.map((n, at) => {
      const [namespace, name] = n.serviceAccount.split('/') as [string, string];
      const rules = (n.rules ?? []).map((x) => ({ verbs: x.verbs ?? [], apiGroups: x.apiGroups ?? [], resources: x.resources ?? [], resourceNames: x.resourceNames ?? [], nonResourceURLs: x.nonResourceURLs ?? [] }));
      for (const [i, x] of rules.entries()) {
        if (!x.nonResourceURLs.length && (!x.apiGroups.length || !x.resources.length)) throw new ConfigError(file, `checks.rbac: need of ${n.serviceAccount}, rules[${i}]: a resource rule needs apiGroups and resources`, lines?.(['needs', at, 'rules', i]));
      }
      const need: Need = { namespace, name, scope: n.namespace ?? namespace, rules };
      const line = lines?.(['needs', at]);
      if (line !== undefined) {
        need.line = line;
        need.ruleLines = rules.map((_, i) => lines!(['needs', at, 'rules', i]));
      }
      return need;
    }),
  };
}
