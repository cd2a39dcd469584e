// Words for the objects on a path: a grant as `RoleBinding ns/name (file:line) → Role ns/name rules[i] (file:line)`.
import type { Grant } from './authorizer.js';
import { DEFAULT_ROLE_SOURCE } from './defaults.js';
import type { BindingObject, RoleObject } from './store.js';

export type Relativize = (file: string) => string;

export const bindingName = (b: BindingObject): string => `${b.kind} ${b.namespace ? `${b.namespace}/` : ''}${b.name}`;
export const roleName = (r: RoleObject): string => `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;

/** Where a role (or one of its rules) is written: `file:line`, or the default role it is. */
const at = (r: RoleObject, line: number, rel: Relativize): string => (r.builtin ? DEFAULT_ROLE_SOURCE : `${rel(r.obj.file)}:${line}`);

export function describeGrant(g: Grant, rel: Relativize): string {
  const b = g.binding;
  const role = b.role!;
  const src = g.sourced.role;
  const via = src === role ? '' : ` (aggregated from ${roleName(src)})`;
  return `${bindingName(b)} (${rel(b.obj.file)}:${g.subject.line}) → ${roleName(role)}${via} rules[${g.sourced.index}] (${at(src, g.sourced.line, rel)})`;
}

/** The role's place in words (file:line, or that it is a default role of Kubernetes). */
export const roleLocation = (r: RoleObject, rel: Relativize): string => at(r, r.obj.line, rel);

/** Where a grant is written: the rule's file and line; for a default role, the binding's subject. */
export const grantLocation = (g: Grant): { file: string; line: number } =>
  g.sourced.role.builtin ? { file: g.binding.obj.file, line: g.subject.line } : { file: g.sourced.role.obj.file, line: g.sourced.line };
