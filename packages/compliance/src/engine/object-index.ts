import { LabelIndex, SelectorIndex, stringMap } from '@flightcheck/k8s';
import type { KubeObject } from './types.js';

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
          this.services.add(n, o, stringMap(spec.selector));
          push(this.servicesByName, `${n}\u0000${o.metadata.name ?? ''}`, o);
          break;
        case 'NetworkPolicy':
          this.netpols.add(n, o, stringMap(spec.podSelector?.matchLabels));
          break;
        case 'PodDisruptionBudget':
          this.pdbs.add(n, o, stringMap(spec.selector?.matchLabels));
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
