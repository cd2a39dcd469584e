// Bindings with the subjects they name, for the rules that judge a binding itself.
import { covers, FULL_ACCESS } from '../../engine/covers.js';
import type { BindingObject, Subject } from '../../engine/store.js';

export const subjectText = (s: Subject): string => (s.kind === 'ServiceAccount' ? `ServiceAccount ${s.namespace || '?'}/${s.name}` : `${s.kind} ${s.name}`);

export const subjectsText = (b: BindingObject): string => (b.subjects.length ? b.subjects.map(subjectText).join(', ') : 'no subject');

/** The binding's role holds every verb on every resource of every group. */
export const isFullAccess = (b: BindingObject): boolean => Boolean(b.role && covers(b.role.rules.map((r) => r.rule), [FULL_ACCESS]));
