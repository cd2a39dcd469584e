// Words for the objects on a path: a grant as `RoleBinding ns/name (file:line) → Role ns/name rules[i] (file:line)`.
import type { Grant } from './authorizer.js';
import type { BindingObject, RoleObject } from './store.js';

export type Relativize = (file: string) => string;

export const bindingName = (b: BindingObject): string => `${b.kind} ${b.namespace ? `${b.namespace}/` : ''}${b.name}`;
export const roleName = (r: RoleObject): string => `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;

export function describeGrant(g: Grant, rel: Relativize): string {
  const b = g.binding;
  const role = b.role!;
  const src = g.sourced.role;
  const via = src === role ? '' : ` (aggregated from ${roleName(src)})`;
  return `${bindingName(b)} (${rel(b.obj.file)}:${g.subject.line}) → ${roleName(role)}${via} rules[${g.sourced.index}] (${rel(src.obj.file)}:${g.sourced.line})`;
}

/** Where a grant is written: the rule's file and line. */
export const grantLocation = (g: Grant): { file: string; line: number } => ({ file: g.sourced.role.obj.file, line: g.sourced.line });
