import type { Location, ObjectRef } from '@flightcheck/core';
import type { Component, Setting, Where } from '../../component.js';

/** A finding's location and object from where a value (or a component) is. */
export function at(w: Where): { location: Location; object?: ObjectRef } {
  return { location: { file: w.file, line: w.line }, ...(w.object ? { object: w.object } : {}) };
}

/** `[api] secret_key` */
export const optionText = (s: Pick<Setting, 'option'>): string => `[${s.option.section}] ${s.option.key}`;

/** Where the value comes from, for a message: `AIRFLOW__API__SECRET_KEY from ConfigMap airflow/airflow-env (envFrom)`. */
export const sourceText = (s: Setting): string => s.via;

/**
 * Components of one deployment share most settings (one ConfigMap, one Secret): a finding about a value is
 * made once per place the value is written, naming every component that reads it.
 */
export class PerSource<T> {
  private readonly groups = new Map<string, { item: T; components: string[] }>();
  add(where: Where, extraKey: string, component: Component, item: T): void {
    const key = `${where.file}:${where.line}:${extraKey}`;
    const g = this.groups.get(key);
    if (g) {
      if (!g.components.includes(component.label)) g.components.push(component.label);
    } else this.groups.set(key, { item, components: [component.label] });
  }
  each(fn: (item: T, components: string) => void): void {
    for (const g of this.groups.values()) fn(g.item, g.components.length > 3 ? `${g.components.slice(0, 3).join('; ')} and ${g.components.length - 3} more` : g.components.join('; '));
  }
}
