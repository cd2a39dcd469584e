import { PSS_CHECKS } from './rules/index.js';

/** The checks, their level and the versions where their behaviour changes. */
export function renderCheckList(): string {
  const rows = PSS_CHECKS.map((c) => `${c.meta.id.padEnd(28)} ${c.level.padEnd(11)} ${c.versions.map((v) => `v1.${v.min}`).join(', ')}`);
  return `${'check'.padEnd(28)} ${'level'.padEnd(11)} implementations from\n${rows.join('\n')}\n`;
}
