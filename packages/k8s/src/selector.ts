import type { Labels } from './types.js';

/** A Kubernetes LabelSelector (matchLabels + matchExpressions). */
export interface LabelSelector {
  matchLabels?: Labels;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

export class SelectorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SelectorError';
  }
}

export type Matcher = (labels: Labels) => boolean;

const NOTHING: Matcher = () => false;
const EVERYTHING: Matcher = () => true;

/**
 * Compiles a LabelSelector as Kubernetes does: a missing (null) selector matches nothing, an empty one
 * everything. An unknown operator, or values that do not fit the operator, throw SelectorError.
 */
export function compileSelector(sel: unknown): Matcher {
  if (sel === undefined || sel === null) return NOTHING;
  if (typeof sel !== 'object' || Array.isArray(sel)) throw new SelectorError('a label selector must be a mapping');
  const s = sel as Record<string, unknown>;
  const tests: Matcher[] = [];
  const ml = s.matchLabels;
  if (ml !== undefined && ml !== null && (typeof ml !== 'object' || Array.isArray(ml))) throw new SelectorError('matchLabels must be a mapping');
  for (const [k, v] of Object.entries(ml ?? {})) tests.push((l) => l[k] === (v === null ? '' : String(v)));
  const me = s.matchExpressions;
  if (me !== undefined && me !== null && !Array.isArray(me)) throw new SelectorError('matchExpressions must be a sequence');
  for (const [i, raw] of ((me ?? []) as unknown[]).entries()) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new SelectorError(`matchExpressions[${i}] must be a mapping`);
    const e = raw as Record<string, unknown>;
    if (typeof e.key !== 'string' || !e.key) throw new SelectorError(`matchExpressions[${i}] has no key`);
    if (e.values !== undefined && e.values !== null && !Array.isArray(e.values)) throw new SelectorError(`matchExpressions key "${e.key}": values must be a sequence`);
    const values = ((e.values ?? []) as unknown[]).map(String);
    const key = e.key;
    switch (e.operator) {
      case 'In':
        if (!values.length) throw new SelectorError(`matchExpressions key "${key}": operator In needs values`);
        tests.push((l) => key in l && values.includes(l[key]!));
        break;
      case 'NotIn':
        if (!values.length) throw new SelectorError(`matchExpressions key "${key}": operator NotIn needs values`);
        tests.push((l) => !(key in l) || !values.includes(l[key]!));
        break;
      case 'Exists':
        if (values.length) throw new SelectorError(`matchExpressions key "${key}": operator Exists takes no values`);
        tests.push((l) => key in l);
        break;
      case 'DoesNotExist':
        if (values.length) throw new SelectorError(`matchExpressions key "${key}": operator DoesNotExist takes no values`);
        tests.push((l) => !(key in l));
        break;
      default:
        throw new SelectorError(`matchExpressions key "${key}": "${String(e.operator)}" is not a valid label selector operator (In, NotIn, Exists, DoesNotExist)`);
    }
  }
  if (!tests.length) return EVERYTHING;
  return (labels) => tests.every((t) => t(labels));
}

/** Like compileSelector, but an invalid selector matches nothing instead of throwing. */
export function safeSelector(sel: unknown): Matcher {
  try {
    return compileSelector(sel);
  } catch {
    return NOTHING;
  }
}

/** A Service-style selector (a plain map): every pair must be present; an empty map matches everything. */
export function matchesMap(selector: Labels | undefined | null, labels: Labels): boolean {
  for (const [k, v] of Object.entries(selector ?? {})) if (labels[k] !== String(v)) return false;
  return true;
}

/** One `key=value` pair of a selector's matchLabels to index by, or undefined when it has none. */
export function indexPair(matchLabels: Labels | undefined | null): string | undefined {
  if (!matchLabels) return undefined;
  for (const k of Object.keys(matchLabels).sort()) return `${k}=${String(matchLabels[k])}`;
  return undefined;
}
