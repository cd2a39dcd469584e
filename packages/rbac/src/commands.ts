// The query commands: can-i (one question or a batch), rules (effective rules), who-can.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError, UsageError } from '@flightcheck/core';
import { identityOf } from './engine/authorizer.js';
import { describeRule, ruleKey, ruleToJson, type PolicyRule } from './engine/policy-rule.js';
import { loadRbac, type LoadedRbac } from './load.js';
import { answerBatch, parseRequest } from './query.js';

export interface QueryArgs {
  /** Positionals after the sub-command. */
  words: string[];
  as?: string;
  asGroup?: string[];
  namespace?: string;
  batch?: string;
  format?: string;
  cwd: string;
}

export interface QueryOutput {
  stdout: string;
  stderr?: string;
  exitCode: number;
}

const MAX_BATCH_BYTES = 512 << 20;

async function load(paths: string[], cwd: string): Promise<LoadedRbac> {
  if (!paths.length) throw new UsageError('name the manifest files or directories to read');
  const l = await loadRbac(paths, cwd);
  // fail closed: an answer over files that could not all be read could be wrong
  const p = l.problems[0];
  if (p) throw new InputError(p.file, p.reason, p.line);
  // and over an object left out for its size, which may hold the permission asked about
  const big = l.store.issues.find((i) => i.unevaluated);
  if (big) throw new InputError(big.obj.file, big.message, big.line);
  return l;
}

const isPath = (cwd: string, w: string): boolean => existsSync(resolve(cwd, w));
const relTo = (cwd: string) => (f: string): string => (isAbsolute(f) ? relative(cwd, f) || f : f);

export async function canI(a: QueryArgs): Promise<QueryOutput> {
  if (a.batch) {
    const file = resolve(a.cwd, a.batch);
    let text: string;
    try {
      if (statSync(file).size > MAX_BATCH_BYTES) throw new InputError(a.batch, `larger than ${MAX_BATCH_BYTES} bytes`);
      text = readFileSync(file, 'utf8');
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(a.batch, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const { authorizer } = await load(a.words, a.cwd);
    return { stdout: answerBatch(authorizer, text), exitCode: 0 };
  }
  const [verb = '', target = '', ...rest] = a.words;
  if (!a.as) throw new UsageError('can-i needs --as USER (or --batch FILE)');
  const named = rest.length > 0 && !target.startsWith('/') && !isPath(a.cwd, rest[0]!);
  const name = named ? rest[0]! : '';
  const paths = named ? rest.slice(1) : rest;
  const request = parseRequest(verb, target, name, a.namespace ?? '');
  const { authorizer } = await load(paths, a.cwd);
  const grant = authorizer.explain(identityOf(a.as, a.asGroup ?? []), request);
  return { stdout: grant ? 'yes\n' : 'no\n', exitCode: grant ? 0 : 1 };
}

export async function rules(a: QueryArgs): Promise<QueryOutput> {
  if (!a.as) throw new UsageError('rules needs --as USER');
  const { authorizer } = await load(a.words, a.cwd);
  const grants = authorizer.grantsFor(identityOf(a.as, a.asGroup ?? []), a.namespace ?? '');
  const seen = new Map<string, { rule: PolicyRule; from: string[] }>();
  for (const g of grants) {
    const k = ruleKey(g.sourced.rule);
    const from = `${g.binding.kind} ${g.binding.namespace ? `${g.binding.namespace}/` : ''}${g.binding.name} → ${g.sourced.role.kind} ${g.sourced.role.name} (${relTo(a.cwd)(g.sourced.role.obj.file)}:${g.sourced.line})`;
    const e = seen.get(k);
    if (e) e.from.push(from);
    else seen.set(k, { rule: g.sourced.rule, from: [from] });
  }
  const list = [...seen.values()];
  if (a.format === 'json') return { stdout: `${JSON.stringify({ user: a.as, namespace: a.namespace ?? '', rules: list.map((e) => ({ ...ruleToJson(e.rule), grantedBy: e.from })) }, null, 2)}\n`, exitCode: 0 };
  if (!list.length) return { stdout: `${a.as} holds no rules${a.namespace ? ` in ${a.namespace}` : ' at cluster scope'}\n`, exitCode: 0 };
  return { stdout: list.map((e) => `${describeRule(e.rule)}\n    from ${e.from.join('\n    from ')}\n`).join(''), exitCode: 0 };
}

export async function whoCan(a: QueryArgs): Promise<QueryOutput> {
  const [verb = '', target = '', ...rest] = a.words;
  const named = rest.length > 0 && !target.startsWith('/') && !isPath(a.cwd, rest[0]!);
  const request = parseRequest(verb, target, named ? rest[0]! : '', a.namespace ?? '');
  const { authorizer } = await load(named ? rest.slice(1) : rest, a.cwd);
  const grants = authorizer.whoCan(request);
  const rows = grants.map((g) => ({
    kind: g.subject.kind,
    name: g.subject.name,
    ...(g.subject.kind === 'ServiceAccount' ? { namespace: g.subject.namespace } : {}),
    binding: `${g.binding.kind} ${g.binding.namespace ? `${g.binding.namespace}/` : ''}${g.binding.name}`,
    role: `${g.binding.role!.kind} ${g.binding.role!.name}`,
    location: `${relTo(a.cwd)(g.sourced.role.obj.file)}:${g.sourced.line}`,
  }));
  if (a.format === 'json') return { stdout: `${JSON.stringify(rows, null, 2)}\n`, exitCode: 0 };
  if (!rows.length) return { stdout: 'no subject\n', exitCode: 0 };
  return {
    stdout: rows.map((r) => `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}  via ${r.binding} → ${r.role} (${r.location})\n`).join(''),
    exitCode: 0,
  };
}
