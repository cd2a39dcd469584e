import { indexPair } from './selector.js';
import type { KubeObject, Labels } from './types.js';

/** Objects that select pods (Services, NetworkPolicies, PDBs), bucketed by namespace and one selector pair. */
export class SelectorIndex<T> {
  private readonly byNs = new Map<string, { byPair: Map<string, T[]>; rest: T[] }>();

  add(namespace: string, item: T, matchLabels: Labels | undefined | null): void {
    let b = this.byNs.get(namespace);
    if (!b) this.byNs.set(namespace, (b = { byPair: new Map(), rest: [] }));
    const pair = indexPair(matchLabels);
    if (!pair) b.rest.push(item);
    else {
      const list = b.byPair.get(pair);
      if (list) list.push(item);
      else b.byPair.set(pair, [item]);
    }
  }

  /** The items that may select these labels (a superset: callers test each one). */
  candidates(namespace: string, labels: Labels): T[] {
    const b = this.byNs.get(namespace);
    if (!b) return [];
    const out = new Set<T>(b.rest);
    for (const [k, v] of Object.entries(labels)) for (const item of b.byPair.get(`${k}=${v}`) ?? []) out.add(item);
    return [...out];
  }

  namespaces(): string[] {
    return [...this.byNs.keys()];
  }
}

/** Objects with labels (pod templates), bucketed by namespace and by each `key=value` pair. */
export class LabelIndex<T> {
  private readonly byNs = new Map<string, { byPair: Map<string, T[]>; all: T[] }>();

  add(namespace: string, item: T, labels: Labels): void {
    let b = this.byNs.get(namespace);
    if (!b) this.byNs.set(namespace, (b = { byPair: new Map(), all: [] }));
    b.all.push(item);
    for (const [k, v] of Object.entries(labels)) {
      const key = `${k}=${v}`;
      const list = b.byPair.get(key);
      if (list) list.push(item);
      else b.byPair.set(key, [item]);
    }
  }

  /** The items that may match a selector with these matchLabels (a superset). */
  candidates(namespace: string, matchLabels: Labels | undefined | null): T[] {
    const b = this.byNs.get(namespace);
    if (!b) return [];
    const pair = indexPair(matchLabels);
    return pair ? (b.byPair.get(pair) ?? []) : b.all;
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

const ns = (o: KubeObject) => o.metadata.namespace ?? '';

/** Everything the cross-object checks look up, built once per run: O(objects), no nested loops over all. */
export class ObjectIndex {
  readonly pods = new LabelIndex<KubeObject>();
  readonly services = new SelectorIndex<KubeObject>();
  readonly netpols = new SelectorIndex<KubeObject>();
  readonly pdbs = new SelectorIndex<KubeObject>();
  private readonly servicesByName = new Map<string, KubeObject[]>();
  private readonly hpasByTarget = new Map<string, KubeObject[]>();
  private readonly byIdentity = new Map<string, KubeObject[]>();

  constructor(readonly objects: readonly KubeObject[]) {
    for (const o of objects) {
      const n = ns(o);
      push(this.byIdentity, `${n}\u0000${o.apiVersion}\u0000${o.kind}\u0000${o.metadata.name ?? ''}`, o);
      if (o.pod) this.pods.add(n, o, o.pod.labels);
      const spec = (o.raw.spec ?? {}) as Record<string, any>;
      switch (o.kind) {
        case 'Service':
          this.services.add(n, o, plainMap(spec.selector));
          push(this.servicesByName, `${n}\u0000${o.metadata.name ?? ''}`, o);
          break;
        case 'NetworkPolicy':
          this.netpols.add(n, o, plainMap(spec.podSelector?.matchLabels));
          break;
        case 'PodDisruptionBudget':
          this.pdbs.add(n, o, plainMap(spec.selector?.matchLabels));
          break;
        case 'HorizontalPodAutoscaler': {
          const ref = (spec.scaleTargetRef ?? {}) as Record<string, unknown>;
          push(this.hpasByTarget, `${n}\u0000${String(ref.kind ?? '').toLowerCase()}\u0000${String(ref.name ?? '')}`, o);
          break;
        }
      }
    }
  }

  servicesNamed(namespace: string, name: string): KubeObject[] {
    return this.servicesByName.get(`${namespace}\u0000${name}`) ?? [];
  }

  /** HPAs in the namespace whose scaleTargetRef has this kind (case-insensitive) and name. */
  hpasTargeting(namespace: string, kind: string, name: string): KubeObject[] {
    return this.hpasByTarget.get(`${namespace}\u0000${kind.toLowerCase()}\u0000${name}`) ?? [];
  }

  find(namespace: string, apiVersion: string, kind: string, name: string): KubeObject[] {
    return this.byIdentity.get(`${namespace}\u0000${apiVersion}\u0000${kind}\u0000${name}`) ?? [];
  }
}

export function plainMap(v: unknown): Labels {
  const out: Labels = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) out[k] = x === null || x === undefined ? '' : String(x);
  return out;
}
