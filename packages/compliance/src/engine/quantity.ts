/** Kubernetes resource quantities (`1`, `1000m`, `1Gi`, `1e3`, `0.5`): parsed to a number for comparison. */

const SUFFIX: Record<string, number> = {
  '': 1, n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?)$/;

export class QuantityError extends Error {
  constructor(readonly value: unknown) {
    super(`"${String(value)}" is not a valid resource quantity`);
    this.name = 'QuantityError';
  }
}

/** Parses a quantity; throws QuantityError when it is not one. Numbers (YAML `1`, `0.5`) are accepted. */
export function parseQuantity(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') throw new QuantityError(value);
  const m = QUANTITY.exec(value.trim());
  if (!m) throw new QuantityError(value);
  const base = Number(m[1]);
  if (m[2]) return base * 10 ** Number(m[2].slice(1));
  return base * SUFFIX[m[3] ?? '']!;
}

/** True when two quantities are equal by value (`1` == `1000m`); both absent counts as equal. */
export function sameQuantity(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  const x = parseQuantity(a);
  const y = parseQuantity(b);
  if (x === y) return true;
  return Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y));
}

/** Missing or zero. */
export function isZeroQuantity(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  return parseQuantity(value) === 0;
}
