import type { RuleContext } from '@flightcheck/core';
import { componentWhere, getSetting, type Component, type Setting } from '../../component.js';
import type { AirflowModel } from '../../model.js';
import type { OptionId } from '../../names.js';
import { at, optionText, PerSource } from './findings.js';
import { weakness, type Weakness } from './secret-values.js';

export interface SecretOptionSpec {
  id: OptionId;
  /** The option's name in messages when it is not set at all. */
  name(c: Component): string;
  /** Components that cannot work safely without it. */
  required(c: Component): boolean;
  judge(value: string): Weakness | 'invalid' | undefined;
}

type Ids = 'missing' | 'empty' | 'default' | 'short' | 'invalid';

/** Missing, empty, default, short (or invalid) values of one secret option, once per place the value is written. */
export function checkSecretOption(model: AirflowModel, ctx: RuleContext<Ids>, spec: SecretOptionSpec, resolution: string): void {
  const weak = new PerSource<{ s: Setting; w: Ids }>();
  for (const c of model.components) {
    const s = getSetting(c, spec.id);
    if (!s) {
      if (spec.required(c) && !c.opaque.length) ctx.report({ messageId: 'missing', data: { component: c.label, option: spec.name(c) }, ...at(componentWhere(c)), resolution });
      continue;
    }
    if (s.value === undefined) continue; // from a Secret not in the manifests, a _CMD or a secrets backend: not evaluated
    const w = spec.judge(s.value);
    if (w) weak.add(s.where, `${s.option.section}.${s.option.key}`, c, { s, w });
  }
  weak.each(({ s, w }, components) => ctx.report({ messageId: w, data: { components, option: optionText(s), source: s.via }, ...at(s.where), resolution }));
}

export const minLength = (n: number) => (v: string) => weakness(v, n);
