// Questions to the authorizer in kubectl's words: `VERB RESOURCE[.GROUP][/SUB] [NAME]` or `VERB /PATH`,
// and the batch form (one JSON object per line).
import { UsageError } from '@flightcheck/core';
import { identityOf, type Authorizer, type Identity } from './engine/authorizer.js';
import type { Request } from './engine/policy-rule.js';

/** `deployments.apps/scale` → resource deployments, group apps, subresource scale; `/healthz` → a non-resource path. */
export function parseRequest(verb: string, target: string, name: string, namespace: string): Request {
  if (!verb) throw new UsageError('can-i needs a VERB');
  if (!target) throw new UsageError('can-i needs a RESOURCE or a /PATH');
  if (target.startsWith('/')) {
    if (name) throw new UsageError('a non-resource URL takes no NAME');
    return { verb, path: target };
  }
  const slash = target.indexOf('/');
  const resGroup = slash < 0 ? target : target.slice(0, slash);
  const subresource = slash < 0 ? '' : target.slice(slash + 1);
  const dot = resGroup.indexOf('.');
  const resource = dot < 0 ? resGroup : resGroup.slice(0, dot);
  const apiGroup = dot < 0 ? '' : resGroup.slice(dot + 1);
  if (!resource) throw new UsageError(`no resource in ${JSON.stringify(target)}`);
  return { verb, apiGroup, resource, subresource, name, namespace };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

export interface BatchQuery {
  id: unknown;
  identity: Identity;
  request: Request;
}

/** One line of a batch file; undefined for a line that is not a JSON object (ignored). */
export function parseBatchLine(line: string): BatchQuery | undefined {
  const t = line.trim();
  if (!t.startsWith('{')) return undefined;
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(t) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return undefined;
  const groups = Array.isArray(o.groups) ? o.groups.map(str) : [];
  const identity = identityOf(str(o.user), groups);
  const verb = str(o.verb);
  const request: Request = o.nonResourceURL !== undefined && o.nonResourceURL !== null && o.nonResourceURL !== ''
    ? { verb, path: str(o.nonResourceURL) }
    : { verb, apiGroup: str(o.apiGroup), resource: str(o.resource), subresource: str(o.subresource), name: str(o.name), namespace: str(o.namespace) };
  return { id: o.id, identity, request };
}

export const MAX_BATCH_QUERIES = 5_000_000;

/** Answers a batch: one `{"id", "allowed"}` line per query. */
export function answerBatch(authorizer: Authorizer, text: string): string {
  const out: string[] = [];
  let n = 0;
  for (const line of text.split('\n')) {
    const q = parseBatchLine(line);
    if (!q) continue;
    if (++n > MAX_BATCH_QUERIES) throw new UsageError(`more than ${MAX_BATCH_QUERIES} queries in one batch`);
    out.push(JSON.stringify({ id: q.id, allowed: authorizer.allowed(q.identity, q.request) }));
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
