/** Kubernetes label selectors (matchLabels AND matchExpressions), validated, with a canonical key and np-guard's text. */
export type Labels = Readonly<Record<string, string>>;

export class SelectorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SelectorError';
  }
}

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;
type Operator = (typeof OPERATORS)[number];

export interface Requirement {
  key: string;
  operator: Operator;
  values: string[];
}

export interface Selector {
  /** matchLabels, as given. */
  labels: Record<string, string>;
  expressions: Requirement[];
  /** True when it selects everything (`{}`). */
  empty: boolean;
  /** The same string for selectors that select the same (order-insensitive). */
  key: string;
  /** As key, with `k In [v]` written as `k=v` (np-guard's identity of representative peers). */
  repKey: string;
  matches(labels: Labels): boolean;
}

const MAX_EXPRESSIONS = 256;

/** Compiles a LabelSelector; `undefined`/`null` means "everything" (as in a NetworkPolicy's podSelector). */
export function compileSelector(sel: unknown, where = 'selector'): Selector {
  if (sel === undefined || sel === null) return build({}, []);
  if (typeof sel !== 'object' || Array.isArray(sel)) throw new SelectorError(`${where} must be a mapping with matchLabels and/or matchExpressions`);
  const s = sel as Record<string, unknown>;
  for (const k of Object.keys(s)) if (k !== 'matchLabels' && k !== 'matchExpressions') throw new SelectorError(`${where} has an unknown field "${k}" (matchLabels and matchExpressions are allowed)`);
  const labels: Record<string, string> = {};
  if (s.matchLabels !== undefined && s.matchLabels !== null) {
    if (typeof s.matchLabels !== 'object' || Array.isArray(s.matchLabels)) throw new SelectorError(`${where}.matchLabels must be a mapping`);
    for (const [k, v] of Object.entries(s.matchLabels as object)) {
      if (v !== null && typeof v === 'object') throw new SelectorError(`${where}.matchLabels.${k} must be a string`);
      labels[k] = v === null || v === undefined ? '' : String(v);
    }
  }
  const expressions: Requirement[] = [];
  if (s.matchExpressions !== undefined && s.matchExpressions !== null) {
    if (!Array.isArray(s.matchExpressions)) throw new SelectorError(`${where}.matchExpressions must be a sequence`);
    if (s.matchExpressions.length > MAX_EXPRESSIONS) throw new SelectorError(`${where}.matchExpressions has more than ${MAX_EXPRESSIONS} entries`);
    for (const [i, e] of (s.matchExpressions as unknown[]).entries()) {
      const at = `${where}.matchExpressions[${i}]`;
      if (!e || typeof e !== 'object' || Array.isArray(e)) throw new SelectorError(`${at} must be a mapping with key, operator and values`);
      const { key, operator, values } = e as Record<string, unknown>;
      if (typeof key !== 'string' || !key) throw new SelectorError(`${at} has no key`);
      if (!OPERATORS.includes(operator as Operator)) throw new SelectorError(`${at}: "${String(operator)}" is not a valid operator (${OPERATORS.join(', ')})`);
      const vals = values === undefined || values === null ? [] : values;
      if (!Array.isArray(vals)) throw new SelectorError(`${at}.values must be a sequence`);
      const op = operator as Operator;
      if ((op === 'In' || op === 'NotIn') && vals.length === 0) throw new SelectorError(`${at}: operator ${op} needs at least one value`);
      if ((op === 'Exists' || op === 'DoesNotExist') && vals.length > 0) throw new SelectorError(`${at}: operator ${op} takes no values`);
      expressions.push({ key, operator: op, values: vals.map(String) });
    }
  }
  return build(labels, expressions);
}

function build(labels: Record<string, string>, expressions: Requirement[]): Selector {
  const lk = Object.keys(labels).sort();
  const ek = expressions.map((e) => `${e.key}\u0001${e.operator}\u0001${[...e.values].sort().join('\u0002')}`).sort();
  const key = `${lk.map((k) => `${k}=${labels[k]}`).join('\u0000')}\u0003${ek.join('\u0000')}`;
  const single = expressions.filter((e) => e.operator === 'In' && e.values.length === 1);
  const rl = [...lk.map((k) => `${k}=${labels[k]}`), ...single.map((e) => `${e.key}=${e.values[0]}`)];
  const re = expressions.filter((e) => !single.includes(e)).map((e) => `${e.key}\u0001${e.operator}\u0001${[...e.values].sort().join('\u0002')}`);
  const repKey = `${[...new Set(rl)].sort().join('\u0000')}\u0003${re.sort().join('\u0000')}`;
  const empty = lk.length === 0 && expressions.length === 0;
  const sets = expressions.map((e) => new Set(e.values));
  const matches = empty
    ? () => true
    : (l: Labels): boolean => {
        for (const k of lk) if (l[k] !== labels[k]) return false;
        for (let i = 0; i < expressions.length; i++) {
          const e = expressions[i]!;
          const has = Object.prototype.hasOwnProperty.call(l, e.key);
          switch (e.operator) {
            case 'In':
              if (!has || !sets[i]!.has(l[e.key]!)) return false;
              break;
            case 'NotIn':
              if (has && sets[i]!.has(l[e.key]!)) return false;
              break;
            case 'Exists':
              if (!has) return false;
              break;
            case 'DoesNotExist':
              if (has) return false;
              break;
          }
        }
        return true;
      };
  return { labels, expressions, empty, key, repKey, matches };
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** np-guard's text of a selector: `k=v,k2=v2,{Key:K,Operator:In,Values:[a b],}` (labels sorted, then expressions sorted). */
export function selectorText(s: Selector): string {
  const labels = Object.keys(s.labels).sort(byCodeUnit).map((k) => `${k}=${s.labels[k]}`);
  const exprs = s.expressions.map((e) => `{Key:${e.key},Operator:${e.operator},Values:[${e.values.join(' ')}],}`).sort(byCodeUnit);
  return [...labels, ...exprs].join(',');
}
