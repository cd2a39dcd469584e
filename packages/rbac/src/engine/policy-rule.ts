// PolicyRule matching exactly as the RBAC authorizer's rule helpers do (VerbMatches, APIGroupMatches,
// ResourceMatches, ResourceNameMatches, NonResourceURLMatches, RuleAllows). All comparisons are exact.

export interface PolicyRule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

export interface ResourceRequest {
  verb: string;
  apiGroup: string;
  resource: string;
  subresource: string;
  name: string;
  namespace: string;
}

export interface NonResourceRequest {
  verb: string;
  path: string;
}

export type Request = ResourceRequest | NonResourceRequest;

export const isResourceRequest = (r: Request): r is ResourceRequest => (r as NonResourceRequest).path === undefined;

const LIST_KEYS = ['verbs', 'apiGroups', 'resources', 'resourceNames', 'nonResourceURLs'] as const;
export const MAX_LIST_ITEMS = 1000;

const TOO_LARGE = ' (a bound of the check, not of the API server)';
/** The reason readPolicyRule gave is a bound of the check: the API server would accept the rule. */
export const isSizeProblem = (reason: string): boolean => reason.endsWith(TOO_LARGE);

/** Reads one rule of a role as written; a reason string when it is malformed (the API server would reject it). */
export function readPolicyRule(raw: unknown): PolicyRule | string {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'a rule must be a mapping';
  const r = raw as Record<string, unknown>;
  const out = {} as PolicyRule;
  for (const k of LIST_KEYS) {
    const v = r[k];
    if (v === undefined || v === null) {
      out[k] = [];
      continue;
    }
    if (!Array.isArray(v)) return `${k} must be a list`;
    if (v.length > MAX_LIST_ITEMS) return `${k} has more than ${MAX_LIST_ITEMS} entries${TOO_LARGE}`;
    if (v.some((x) => typeof x !== 'string')) return `${k} must be a list of strings`;
    out[k] = v as string[];
  }
  return out;
}

export function verbMatches(rule: PolicyRule, verb: string): boolean {
  for (const v of rule.verbs) if (v === '*' || v === verb) return true;
  return false;
}

export function apiGroupMatches(rule: PolicyRule, group: string): boolean {
  for (const g of rule.apiGroups) if (g === '*' || g === group) return true;
  return false;
}

export function resourceMatches(rule: PolicyRule, combined: string, subresource: string): boolean {
  for (const r of rule.resources) {
    if (r === '*' || r === combined) return true;
    if (!subresource) continue;
    if (r.length === subresource.length + 2 && r.startsWith('*/') && r.endsWith(subresource)) return true;
  }
  return false;
}

export function resourceNameMatches(rule: PolicyRule, name: string): boolean {
  if (rule.resourceNames.length === 0) return true;
  for (const n of rule.resourceNames) if (n === name) return true;
  return false;
}

export function nonResourceURLMatches(rule: PolicyRule, path: string): boolean {
  for (const u of rule.nonResourceURLs) {
    if (u === '*' || u === path) return true;
    if (u.endsWith('*') && path.startsWith(u.replace(/\*+$/, ''))) return true;
  }
  return false;
}

export function ruleAllows(rule: PolicyRule, req: Request): boolean {
  if (isResourceRequest(req)) {
    const combined = req.subresource ? `${req.resource}/${req.subresource}` : req.resource;
    return verbMatches(rule, req.verb) && apiGroupMatches(rule, req.apiGroup) && resourceMatches(rule, combined, req.subresource) && resourceNameMatches(rule, req.name);
  }
  return verbMatches(rule, req.verb) && nonResourceURLMatches(rule, req.path);
}

/** Canonical key of a rule: lists sorted and de-duplicated (identical rules compare equal). */
export function ruleKey(rule: PolicyRule): string {
  return JSON.stringify(LIST_KEYS.map((k) => [...new Set(rule[k])].sort()));
}

/** The rule as Kubernetes writes it (empty lists left out). */
export function ruleToJson(rule: PolicyRule): Record<string, string[]> {
  const o: Record<string, string[]> = {};
  for (const k of LIST_KEYS) if (rule[k].length) o[k] = [...rule[k]];
  return o;
}

/** A short human form: `get,list pods,pods/log (core) [names: a]` or `get /healthz`. */
export function describeRule(rule: PolicyRule): string {
  if (rule.nonResourceURLs.length && !rule.resources.length) return `${rule.verbs.join(',')} ${rule.nonResourceURLs.join(',')}`;
  const groups = rule.apiGroups.map((g) => (g === '' ? 'core' : g)).join(',');
  const names = rule.resourceNames.length ? ` [names: ${rule.resourceNames.join(',')}]` : '';
  return `${rule.verbs.join(',')} ${rule.resources.join(',')} (${groups})${names}`;
}
