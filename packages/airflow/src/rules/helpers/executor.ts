import { componentWhere, getSetting, type Component, type Where } from '../../component.js';
import type { AirflowModel } from '../../model.js';
import { asBool } from '../../names.js';

export interface KubernetesScheduler {
  c: Component;
  namespace: string;
  namespaceWhere: Where;
  multi: boolean;
  multiWhere: Where;
  namespaceList: string[];
  sa: string;
}

/** Schedulers that run the KubernetesExecutor (alone, or as one of several executors). */
export function kubernetesSchedulers(model: AirflowModel): KubernetesScheduler[] {
  const out: KubernetesScheduler[] = [];
  for (const c of model.components) {
    if (c.role !== 'scheduler' || !c.pod) continue;
    if (!/KubernetesExecutor/.test(getSetting(c, 'executor')?.value ?? '')) continue;
    const ns = getSetting(c, 'executorNamespace');
    const multi = getSetting(c, 'multiNamespaceMode');
    const list = getSetting(c, 'multiNamespaceList')?.value;
    out.push({
      c,
      namespace: ns?.value ?? 'default',
      namespaceWhere: ns?.where ?? componentWhere(c),
      multi: asBool(multi?.value) === true,
      multiWhere: multi?.where ?? componentWhere(c),
      namespaceList: (list ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      sa: typeof c.pod.spec.serviceAccountName === 'string' ? c.pod.spec.serviceAccountName : 'default',
    });
  }
  return out;
}
