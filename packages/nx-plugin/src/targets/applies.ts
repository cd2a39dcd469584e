import type { BuiltinCheck, ProjectInfo } from './types.js';

/** Whether a project gets a built-in check's target: its kind is one the check applies to, and `when` agrees. */
export function appliesTo(check: Pick<BuiltinCheck, 'appliesTo' | 'when'>, project: ProjectInfo): boolean {
  const kinds: readonly string[] = typeof check.appliesTo === 'string' ? [check.appliesTo] : check.appliesTo;
  return kinds.includes(project.kind) && (check.when ? check.when(project) : true);
}
