// Whether one set of rules covers another, as the API server's escalation check compares them
// (rbac/validation's policy comparator): the servant rules are broken into single verb × group ×
// resource × name (or verb × URL) atoms and each must be covered by one owner rule.
import type { PolicyRule } from './policy-rule.js';

/** A rule reduced to one verb, one group, one resource, one name at most (or one verb and one URL). */
export function breakdownRule(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const group of rule.apiGroups) {
    for (const resource of rule.resources) {
      for (const verb of rule.verbs) {
        if (rule.resourceNames.length) {
          for (const name of rule.resourceNames) out.push({ verbs: [verb], apiGroups: [group], resources: [resource], resourceNames: [name], nonResourceURLs: [] });
        } else out.push({ verbs: [verb], apiGroups: [group], resources: [resource], resourceNames: [], nonResourceURLs: [] });
      }
    }
  }
  for (const url of rule.nonResourceURLs) for (const verb of rule.verbs) out.push({ verbs: [verb], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [url] });
  return out;
}

const has = (set: readonly string[], v: string): boolean => set.includes(v);
const hasAll = (set: readonly string[], vs: readonly string[]): boolean => vs.every((v) => set.includes(v));

function resourceCoversAll(set: readonly string[], covers: readonly string[]): boolean {
  if (has(set, '*') || hasAll(set, covers)) return true;
  for (const path of covers) {
    if (has(set, path)) continue;
    const slash = path.indexOf('/');
    if (slash < 0) return false;
    if (!has(set, `*/${path.slice(slash + 1)}`)) return false;
  }
  return true;
}

function nonResourceURLCovers(owner: string, sub: string): boolean {
  if (owner === sub) return true;
  return owner.endsWith('*') && sub.startsWith(owner.replace(/\*+$/, ''));
}

export function ruleCovers(owner: PolicyRule, sub: PolicyRule): boolean {
  const verbs = has(owner.verbs, '*') || hasAll(owner.verbs, sub.verbs);
  const groups = has(owner.apiGroups, '*') || hasAll(owner.apiGroups, sub.apiGroups);
  const resources = resourceCoversAll(owner.resources, sub.resources);
  const urls = sub.nonResourceURLs.every((u) => owner.nonResourceURLs.some((o) => nonResourceURLCovers(o, u)));
  const names = sub.resourceNames.length === 0 ? owner.resourceNames.length === 0 : owner.resourceNames.length === 0 || hasAll(owner.resourceNames, sub.resourceNames);
  return verbs && groups && resources && names && urls;
}

/** The atoms of `servant` that no rule of `owner` covers (empty: owner covers servant). */
export function uncovered(owner: readonly PolicyRule[], servant: readonly PolicyRule[], limit = Infinity): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const r of servant) {
    for (const atom of breakdownRule(r)) {
      if (!owner.some((o) => ruleCovers(o, atom))) {
        out.push(atom);
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

export const covers = (owner: readonly PolicyRule[], servant: readonly PolicyRule[]): boolean => uncovered(owner, servant, 1).length === 0;

/** `*` verbs on `*` resources in `*` groups: everything a namespace or the cluster has. */
export const FULL_ACCESS: PolicyRule = { verbs: ['*'], apiGroups: ['*'], resources: ['*'], resourceNames: [], nonResourceURLs: [] };
