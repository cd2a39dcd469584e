import { indexPair } from './selector.js';
import type { Labels } from './types.js';

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
