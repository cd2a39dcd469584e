// The escalation closure: from each direct step, every identity reachable through further steps
// (a ServiceAccount that can itself create pods elsewhere...), whether that reaches rights the subject
// does not hold, whether it reaches everything, and the path step by step with the grants.
import type { Authorizer, Grant } from './authorizer.js';
import { covers, FULL_ACCESS, uncovered } from './covers.js';
import { directEscalations, requestText, type Escalation } from './escalation.js';
import { describeGrant, roleLocation, type Relativize } from './explain.js';
import { describeRule, type PolicyRule } from './policy-rule.js';
import type { RbacStore } from './store.js';
import { scopesOf, subjectKey, type AnalyzedSubject } from './subjects.js';

export interface AnalyzedEscalation extends Escalation {
  /** Every identity reachable through this step, transitively (listed when first read). */
  readonly reached: string[];
  /** Reaches rights the subject does not hold itself. */
  beyondOwn: boolean;
  reachesClusterAdmin: boolean;
  /** The path, one line per step, with the objects and file:line granting each (written when first read). */
  readonly path: string[];
}

export interface EscalationAnalysis {
  subjects: AnalyzedSubject[];
  bySubject: Map<string, AnalyzedEscalation[]>;
}

const MAX_PATH_LINES = 14;

export function analyzeEscalations(store: RbacStore, auth: Authorizer, subjects: AnalyzedSubject[], rel: Relativize): EscalationAnalysis {
  const byUser = new Map<string, AnalyzedSubject>();
  for (const s of subjects) if (s.identity.user) byUser.set(s.identity.user, s);
  const direct = new Map<string, Escalation[]>();
  for (const s of subjects) direct.set(subjectKey(s), directEscalations(s, auth, store));
  const escOfUser = (u: string): Escalation[] => {
    const s = byUser.get(u);
    return s ? (direct.get(subjectKey(s)) ?? []) : [];
  };
  const scopeCache = new Map<string, string[]>();
  const scopes = (s: AnalyzedSubject): string[] => {
    const k = subjectKey(s);
    let v = scopeCache.get(k);
    if (!v) scopeCache.set(k, (v = scopesOf(auth, s.identity)));
    return v;
  };
  const rulesMemo = new Map<string, PolicyRule[]>();
  const rulesAt = (s: AnalyzedSubject, scope: string): PolicyRule[] => {
    const k = `${subjectKey(s)}\u0000${scope}`;
    let v = rulesMemo.get(k);
    if (!v) rulesMemo.set(k, (v = auth.grantsFor(s.identity, scope).map((g) => g.sourced.rule)));
    return v;
  };
  const adminCache = new Map<string, boolean>();
  const isAdmin = (u: string): boolean => {
    let v = adminCache.get(u);
    if (v === undefined) {
      const s = byUser.get(u);
      v = Boolean(s && covers(rulesAt(s, ''), [FULL_ACCESS]));
      adminCache.set(u, v);
    }
    return v;
  };
  /** The first rule X holds that S does not, with the grant that gives it to X. */
  const extra = (s: AnalyzedSubject, u: string): { scope: string; atom: PolicyRule; grant?: Grant } | undefined => {
    const x = byUser.get(u);
    if (!x || x === s) return undefined;
    for (const scope of scopes(x)) {
      const grants = auth.grantsFor(x.identity, scope);
      const miss = uncovered(rulesAt(s, scope), grants.map((g) => g.sourced.rule), 1)[0];
      if (miss) return { scope, atom: miss, grant: grants.find((g) => covers([g.sourced.rule], [miss])) };
    }
    return undefined;
  };

  const adminMemo = new Map<string, boolean>();
  const adminVia = (u: string): boolean => {
    let v = adminMemo.get(u);
    if (v === undefined) adminMemo.set(u, (v = isAdmin(u) || escOfUser(u).some((x) => x.clusterAdmin)));
    return v;
  };
  /** The object through which a step reaches an identity: ` (Secret legacy/t, rbac.yaml:12, holds its token)`. */
  const carrierText = (e: Escalation, u: string): string => {
    const c = e.carriers?.get(u);
    if (!c) return '';
    const m = c.obj.metadata;
    return ` (${c.obj.kind} ${m.namespace ? `${m.namespace}/` : ''}${m.name ?? '?'}, ${rel(c.obj.file)}:${c.line}, ${c.what})`;
  };
  const stepText = (e: Escalation) => e.via.map((v) => `${requestText(v.request)}, granted by ${describeGrant(v.grant, rel)}`).join('; ');

  // Lists of gains with the same members are made one (a namespace's ServiceAccounts are gained by every
  // subject that may create pods there), so that a search expands each list once.
  const lists = new Map<string, string[]>();
  for (const l of direct.values()) for (const e of l) {
    const k = `${e.gains.length}\u0000${e.gains.join('\u0000')}`;
    const same = lists.get(k);
    if (same) e.gains = same;
    else lists.set(k, e.gains);
  }
  lists.clear();

  /**
   * Every identity reachable from a list of gains less one identity (the subject's own), through further
   * steps: for each, the direct gain it goes through and the step that reached it. One search from all
   * the gains at once, each list of gains expanded once; shared by every step with the same list.
   */
  interface Reach {
    source: Map<string, string>;
    parent: Map<string, { from: string; esc: Escalation }>;
  }
  const reachMemo = new Map<string[], Map<string, Reach>>();
  const reachOf = (gains: string[], own: string): Reach => {
    let byOwn = reachMemo.get(gains);
    if (!byOwn) reachMemo.set(gains, (byOwn = new Map()));
    const key = gains.includes(own) ? own : '';
    let r = byOwn.get(key);
    if (r) return r;
    r = { source: new Map(), parent: new Map() };
    const queue: string[] = [];
    for (const g of gains) if (g !== key && !r.source.has(g)) {
      r.source.set(g, g);
      queue.push(g);
    }
    // the list left out its own identity: another step may still reach it through the same list
    const expanded = new Set<string[]>(key ? [] : [gains]);
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i]!;
      for (const e2 of escOfUser(u)) {
        if (expanded.has(e2.gains)) continue;
        expanded.add(e2.gains);
        for (const g of e2.gains) {
          if (r.source.has(g)) continue;
          r.source.set(g, r.source.get(u)!);
          r.parent.set(g, { from: u, esc: e2 });
          queue.push(g);
        }
      }
    }
    byOwn.set(key, r);
    return r;
  };

  const bySubject = new Map<string, AnalyzedEscalation[]>();
  for (const s of subjects) {
    const list: AnalyzedEscalation[] = [];
    const own = s.identity.user;
    const extraMemo = new Map<string, ReturnType<typeof extra> | null>();
    const extraOf = (u: string) => {
      let v = extraMemo.get(u);
      if (v === undefined) extraMemo.set(u, (v = extra(s, u) ?? null));
      return v;
    };
    for (const e of direct.get(subjectKey(s)) ?? []) {
      const reach = reachOf(e.gains, own);
      const reached = reach.source;
      let beyondOwn = e.roles.some((r) => !covers(rulesAt(s, r.scope), r.rules));
      let admin = e.clusterAdmin || e.roles.some((r) => r.scope === '' && covers(r.rules, [FULL_ACCESS]));
      for (const u of reached.keys()) {
        if (u === own) continue;
        if (!admin && adminVia(u)) admin = true;
        if (!beyondOwn && extraOf(u)) beyondOwn = true;
        if (admin && beyondOwn) break;
      }
      if (admin) beyondOwn = true;
      // the path is written when a rule reports the step
      let path: string[] | undefined;
      const writePath = (): string[] => {
        const out = [`${s.label} ${e.effect}: ${stepText(e)}`];
        for (const [u, g] of reached) {
          if (u === own || out.length >= MAX_PATH_LINES) continue;
          const more = extraOf(u);
          if (!more) continue;
          const chain: string[] = [];
          const parents = reach.parent;
          for (let cur = u; cur !== g && parents.has(cur); cur = parents.get(cur)!.from) chain.unshift(cur);
          const hops = chain.map((c) => {
            const p = parents.get(c)!;
            return `as ${p.from}: ${p.esc.effect} (${stepText(p.esc)}) → ${c}${carrierText(p.esc, c)}`;
          });
          out.push(`→ acts as ${g}${carrierText(e, g)}${hops.length ? `; ${hops.join('; ')}` : ''}; ${u} holds ${describeRule(more.atom)} ${more.scope ? `in ${more.scope}` : 'cluster-wide'}${more.grant ? `, granted by ${describeGrant(more.grant, rel)}` : ''}`);
        }
        const gain = e.kind === 'role-escalate' ? 'may write any rule, so everything there, into' : 'gains the rules of';
        for (const r of e.roles) if (out.length < MAX_PATH_LINES) out.push(`→ ${gain} ${r.role.kind} ${r.role.name} ${r.scope ? `in ${r.scope}` : 'cluster-wide'} (${roleLocation(r.role, rel)})`);
        return out;
      };
      let list2: string[] | undefined;
      const a = { ...e, beyondOwn, reachesClusterAdmin: admin } as AnalyzedEscalation;
      Object.defineProperty(a, 'path', { enumerable: true, get: () => (path ??= writePath()) });
      Object.defineProperty(a, 'reached', { enumerable: true, get: () => (list2 ??= [...reached.keys()].filter((u) => u !== own)) });
      list.push(a);
    }
    bySubject.set(subjectKey(s), list);
  }
  return { subjects, bySubject };
}
