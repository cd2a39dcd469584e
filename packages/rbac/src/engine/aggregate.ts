// ClusterRole aggregation as the clusterrole-aggregation controller settles it: an aggregated
// ClusterRole's rules are replaced by the union of the rules of every other ClusterRole its selectors
// match, through chains, to the fixed point. Cycles are bounded (each role visited once per root) and
// reported; so is a selector that matches no ClusterRole.
import { compileSelector } from '../model/selector.js';
import { ruleKey } from './policy-rule.js';
import type { Issue, RoleObject, SourcedRule } from './store.js';

export function resolveAggregation(clusterRoles: Map<string, RoleObject>, issues: Issue[]): void {
  const all = [...clusterRoles.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const aggregated = all.filter((r) => r.aggregationRule !== undefined);
  if (!aggregated.length) return;
  const selected = new Map<RoleObject, RoleObject[]>();
  for (const role of aggregated) {
    const agg = role.aggregationRule as { clusterRoleSelectors?: unknown };
    const line = role.obj.lineOf(['aggregationRule']);
    if (typeof agg !== 'object' || Array.isArray(agg) || (agg.clusterRoleSelectors !== undefined && agg.clusterRoleSelectors !== null && !Array.isArray(agg.clusterRoleSelectors))) {
      issues.push({ kind: 'rbac-object-invalid', obj: role.obj, line, message: `ClusterRole ${role.name}: aggregationRule.clusterRoleSelectors must be a list; the controller would not aggregate it` });
      continue;
    }
    const out: RoleObject[] = [];
    const seen = new Set<RoleObject>();
    let bad = false;
    ((agg.clusterRoleSelectors ?? []) as unknown[]).forEach((sel, i) => {
      if (bad) return;
      let match: (l: Record<string, string>) => boolean;
      try {
        match = compileSelector(sel);
      } catch (e) {
        issues.push({ kind: 'rbac-object-invalid', obj: role.obj, line: role.obj.lineOf(['aggregationRule', 'clusterRoleSelectors', i]), message: `ClusterRole ${role.name}: clusterRoleSelectors[${i}]: ${(e as Error).message}; the controller would not aggregate it` });
        bad = true;
        return;
      }
      let any = false;
      for (const other of all) {
        if (other === role || !match(other.labels)) continue;
        any = true;
        if (!seen.has(other)) {
          seen.add(other);
          out.push(other);
        }
      }
      if (!any) issues.push({ kind: 'aggregation-selects-nothing', obj: role.obj, line: role.obj.lineOf(['aggregationRule', 'clusterRoleSelectors', i]), message: `ClusterRole ${role.name}: clusterRoleSelectors[${i}] matches no ClusterRole in the manifests, so it aggregates nothing` });
    });
    if (!bad) selected.set(role, out);
  }
  for (const role of aggregated) {
    const direct = selected.get(role);
    if (!direct) continue; // the controller failed on it: the written rules stay
    const rules: SourcedRule[] = [];
    const keys = new Set<string>();
    const visited = new Set<RoleObject>([role]);
    let cycle = false;
    // depth-first in selector, then name order, as the controller appends them
    const stack: RoleObject[] = [...direct].reverse();
    while (stack.length) {
      const r = stack.pop()!;
      if (visited.has(r)) {
        if (r === role) cycle = true;
        continue;
      }
      visited.add(r);
      const next = selected.get(r);
      if (next) {
        for (let i = next.length - 1; i >= 0; i--) {
          if (next[i] === role) cycle = true;
          stack.push(next[i]!);
        }
        if (next !== undefined) continue;
      }
      for (const sr of r.written) {
        const k = ruleKey(sr.rule);
        if (!keys.has(k)) {
          keys.add(k);
          rules.push(sr);
        }
      }
    }
    role.rules = rules;
    if (cycle) issues.push({ kind: 'aggregation-cycle', obj: role.obj, line: role.obj.lineOf(['aggregationRule']), message: `ClusterRole ${role.name} aggregates itself through a chain of aggregated ClusterRoles; resolved to the union of the non-aggregated roles in the chain` });
  }
}
