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

const atomsOf = new WeakMap<PolicyRule, PolicyRule[]>();
const atoms = (r: PolicyRule): PolicyRule[] => {
  let a = atomsOf.get(r);
  if (!a) atomsOf.set(r, (a = breakdownRule(r)));
  return a;
};

/** How many atoms breakdownRule makes of a rule (without making them). */
export function atomCount(rule: PolicyRule): number {
  const n = Math.max(1, rule.resourceNames.length);
  return rule.apiGroups.length * rule.resources.length * rule.verbs.length * n + rule.nonResourceURLs.length * rule.verbs.length;
}

/**
 * The owner rules that could cover an atom, found by group and resource (or URL) instead of by a scan:
 * many-rule roles on both sides would otherwise make every comparison quadratic.
 */
interface OwnerIndex {
  /** group → resource → rules ('*' and '*' / '*' + '/sub' keys included as written). */
  resources: Map<string, Map<string, PolicyRule[]>>;
  urls: Map<string, PolicyRule[]>;
  /** URL entries that end in '*' (prefixes), checked by scan. */
  urlPrefixes: PolicyRule[];
}

const INDEX_FROM = 8;
const indexes = new WeakMap<readonly PolicyRule[], OwnerIndex>();

function push<K>(m: Map<K, PolicyRule[]>, k: K, r: PolicyRule): void {
  const l = m.get(k);
  if (!l) m.set(k, [r]);
  else if (l[l.length - 1] !== r) l.push(r);
}

function indexOf(owner: readonly PolicyRule[]): OwnerIndex {
  let ix = indexes.get(owner);
  if (ix) return ix;
  ix = { resources: new Map(), urls: new Map(), urlPrefixes: [] };
  for (const r of owner) {
    for (const g of r.apiGroups) {
      let byRes = ix.resources.get(g);
      if (!byRes) ix.resources.set(g, (byRes = new Map()));
      for (const res of r.resources) push(byRes, res, r);
    }
    let prefix = false;
    for (const u of r.nonResourceURLs) {
      if (u.endsWith('*')) prefix = true;
      else push(ix.urls, u, r);
    }
    if (prefix) ix.urlPrefixes.push(r);
  }
  indexes.set(owner, ix);
  return ix;
}

function coveredByIndex(ix: OwnerIndex, atom: PolicyRule): boolean {
  const hit = (l: PolicyRule[] | undefined) => l !== undefined && l.some((o) => ruleCovers(o, atom));
  if (atom.nonResourceURLs.length) {
    const u = atom.nonResourceURLs[0]!;
    return hit(ix.urls.get(u)) || hit(ix.urlPrefixes);
  }
  const g = atom.apiGroups[0]!;
  const res = atom.resources[0]!;
  const slash = res.indexOf('/');
  const keys = slash < 0 ? [res, '*'] : [res, '*', `*/${res.slice(slash + 1)}`];
  for (const gk of g === '*' ? ['*'] : [g, '*']) {
    const byRes = ix.resources.get(gk);
    if (byRes) for (const k of keys) if (hit(byRes.get(k))) return true;
  }
  return false;
}

/** The atoms of `servant` that no rule of `owner` covers (empty: owner covers servant). */
export function uncovered(owner: readonly PolicyRule[], servant: readonly PolicyRule[], limit = Infinity): PolicyRule[] {
  const out: PolicyRule[] = [];
  const ix = owner.length >= INDEX_FROM ? indexOf(owner) : undefined;
  for (const r of servant) {
    for (const atom of atoms(r)) {
      if (ix ? !coveredByIndex(ix, atom) : !owner.some((o) => ruleCovers(o, atom))) {
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
