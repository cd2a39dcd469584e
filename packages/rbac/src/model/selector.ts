// Stand-in for @flightcheck/k8s compileSelector (HELPERS.md contract) until it lands on main: a
// metav1.LabelSelector (matchLabels and matchExpressions ANDed; In, NotIn, Exists, DoesNotExist).

export class SelectorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SelectorError';
  }
}

type Matcher = (labels: Record<string, string>) => boolean;

export function compileSelector(sel: unknown): Matcher {
  if (sel === null || sel === undefined) return () => false;
  if (typeof sel !== 'object' || Array.isArray(sel)) throw new SelectorError('a label selector must be a mapping');
  const s = sel as { matchLabels?: unknown; matchExpressions?: unknown };
  const parts: Matcher[] = [];
  if (s.matchLabels !== undefined && s.matchLabels !== null) {
    if (typeof s.matchLabels !== 'object' || Array.isArray(s.matchLabels)) throw new SelectorError('matchLabels must be a mapping');
    for (const [k, v] of Object.entries(s.matchLabels as Record<string, unknown>)) {
      const want = v === null || v === undefined ? '' : String(v);
      parts.push((l) => Object.hasOwn(l, k) && l[k] === want);
    }
  }
  if (s.matchExpressions !== undefined && s.matchExpressions !== null) {
    if (!Array.isArray(s.matchExpressions)) throw new SelectorError('matchExpressions must be a list');
    for (const [i, e] of (s.matchExpressions as unknown[]).entries()) {
      if (!e || typeof e !== 'object') throw new SelectorError(`matchExpressions[${i}] must be a mapping`);
      const { key, operator, values } = e as { key?: unknown; operator?: unknown; values?: unknown };
      if (typeof key !== 'string' || !key) throw new SelectorError(`matchExpressions[${i}] has no key`);
      const vals = values === undefined || values === null ? [] : values;
      if (!Array.isArray(vals)) throw new SelectorError(`matchExpressions[${i}].values must be a list`);
      const set = new Set(vals.map(String));
      switch (operator) {
        case 'In':
        case 'NotIn':
          if (!set.size) throw new SelectorError(`matchExpressions[${i}]: ${operator} needs values`);
          parts.push(operator === 'In' ? (l) => Object.hasOwn(l, key) && set.has(l[key]!) : (l) => !Object.hasOwn(l, key) || !set.has(l[key]!));
          break;
        case 'Exists':
        case 'DoesNotExist':
          if (set.size) throw new SelectorError(`matchExpressions[${i}]: ${operator} takes no values`);
          parts.push(operator === 'Exists' ? (l) => Object.hasOwn(l, key) : (l) => !Object.hasOwn(l, key));
          break;
        default:
          throw new SelectorError(`matchExpressions[${i}]: unknown operator ${JSON.stringify(operator)}`);
      }
    }
  }
  return (labels) => parts.every((p) => p(labels));
}
