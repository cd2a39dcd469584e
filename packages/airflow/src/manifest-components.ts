import { posix } from 'node:path';
import { IN_REPOSITORY, objectRef, type CfgSource, type Component, type EnvEntry, type Role, type Where } from './component.js';
import { versionOf } from './dockerfile.js';
import { parseIni } from './ini.js';
import { parseManifestText, type K8sObject } from '@flightcheck/k8s';
import type { AirflowModel, ConfigProblem } from './model.js';
import { parseEnvName } from './names.js';

const MAX_ENV = 1000;

interface Ctx {
  objects: K8sObject[];
  problems: ConfigProblem[];
  notices: AirflowModel['notices'];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function find(ctx: Ctx, kind: string, namespace: string, name: string | undefined): K8sObject | undefined {
  return name ? ctx.objects.find((o) => o.kind === kind && o.metadata.name === name && (o.metadata.namespace ?? '') === namespace) : undefined;
}

function secretValue(secret: K8sObject | undefined, key: string): string | undefined {
  if (!secret) return undefined;
  const s = str(secret.raw.stringData?.[key]);
  if (s !== undefined) return s;
  const d = str(secret.raw.data?.[key]);
  return d === undefined ? undefined : Buffer.from(d, 'base64').toString('utf8');
}

export function roleOf(container: Record<string, any>, labels: Record<string, string>): Role {
  const words = [...(Array.isArray(container.command) ? container.command : []), ...(Array.isArray(container.args) ? container.args : [])].filter((x) => typeof x === 'string').join(' ');
  if (/\bapi-server\b/.test(words)) return 'api-server';
  if (/\bwebserver\b/.test(words)) return 'webserver';
  if (/\bdag-processor\b/.test(words)) return 'dag-processor';
  if (/\bscheduler\b/.test(words)) return 'scheduler';
  if (/\btriggerer\b/.test(words)) return 'triggerer';
  if (/\bcelery\b.*\bworker\b|\bairflow\s+worker\b/.test(words)) return 'worker';
  if (/\bdb\s+(migrate|upgrade|init|reset|check-migrations|check)\b|\busers\s+create\b/.test(words)) return 'job';
  const label = labels['app.kubernetes.io/component'] ?? labels['component'] ?? '';
  const known: Role[] = ['api-server', 'webserver', 'scheduler', 'dag-processor', 'triggerer', 'worker'];
  return (known as string[]).includes(label) ? (label as Role) : 'other';
}

function isAirflowContainer(c: Record<string, any>): boolean {
  if (typeof c.image === 'string' && /airflow/i.test(c.image)) return true;
  const first = [...(Array.isArray(c.command) ? c.command : []), ...(Array.isArray(c.args) ? c.args : [])][0];
  if (first === 'airflow') return true;
  return Array.isArray(c.env) && c.env.some((e: any) => typeof e?.name === 'string' && e.name.startsWith('AIRFLOW__'));
}

function addEnv(env: Map<string, EnvEntry>, e: EnvEntry, ctx: Ctx): void {
  const parsed = parseEnvName(e.name);
  if (parsed.kind === 'invalid') ctx.problems.push({ kind: 'env-name', where: e.where, message: `environment variable ${e.name} (${e.via}): ${parsed.reason}` });
  if (env.size < MAX_ENV || env.has(e.name)) env.set(e.name, e);
}

/** The container's environment as Kubernetes builds it: envFrom in order, then env (later entries win). */
function containerEnv(obj: K8sObject, path: (string | number)[], c: Record<string, any>, ns: string, ctx: Ctx, opaque: string[]): Map<string, EnvEntry> {
  const env = new Map<string, EnvEntry>();
  const ref = objectRef(obj);
  (Array.isArray(c.envFrom) ? c.envFrom : []).forEach((src: any, i: number) => {
    const where: Where = { file: obj.file, line: obj.lineOf([...path, 'envFrom', i]), object: ref };
    const prefix = str(src?.prefix) ?? '';
    const cmName = str(src?.configMapRef?.name);
    const secName = str(src?.secretRef?.name);
    if (cmName !== undefined) {
      const cm = find(ctx, 'ConfigMap', ns, cmName);
      if (!cm) return void opaque.push(`envFrom ConfigMap ${cmName} (not in the manifests)`);
      for (const [k, v] of Object.entries((cm.raw.data ?? {}) as Record<string, unknown>)) {
        if (typeof v !== 'string') continue;
        addEnv(env, { name: prefix + k, value: v, origin: 'configmap', via: `ConfigMap ${ns}/${cmName} (envFrom)`, where: { file: cm.file, line: cm.lineOf(['data', k]), object: objectRef(cm) } }, ctx);
      }
    } else if (secName !== undefined) {
      const sec = find(ctx, 'Secret', ns, secName);
      if (!sec) return void opaque.push(`envFrom Secret ${secName} (keys not in the manifests)`);
      const keys = new Set([...Object.keys(sec.raw.data ?? {}), ...Object.keys(sec.raw.stringData ?? {})]);
      for (const k of keys) {
        const value = secretValue(sec, k);
        addEnv(env, { name: prefix + k, ...(value !== undefined ? { value } : {}), origin: 'secret', via: `Secret ${ns}/${secName} (envFrom)`, where, secretRef: { namespace: ns, name: secName, key: k } }, ctx);
      }
    }
  });
  (Array.isArray(c.env) ? c.env : []).forEach((e: any, i: number) => {
    const name = str(e?.name);
    if (!name) return;
    const where: Where = { file: obj.file, line: obj.lineOf([...path, 'env', i]), object: ref };
    const vf = e.valueFrom;
    if (vf?.secretKeyRef) {
      const sName = str(vf.secretKeyRef.name) ?? '';
      const key = str(vf.secretKeyRef.key) ?? '';
      const value = secretValue(find(ctx, 'Secret', ns, sName), key);
      addEnv(env, { name, ...(value !== undefined ? { value } : {}), origin: 'secret', via: `Secret ${ns}/${sName} key ${key}`, where, secretRef: { namespace: ns, name: sName, key } }, ctx);
    } else if (vf?.configMapKeyRef) {
      const cName = str(vf.configMapKeyRef.name) ?? '';
      const key = str(vf.configMapKeyRef.key) ?? '';
      const cm = find(ctx, 'ConfigMap', ns, cName);
      const value = str(cm?.raw.data?.[key]);
      if (value === undefined) ctx.notices.push({ where, message: `${name}: ConfigMap ${ns}/${cName} key ${key} is not in the manifests: its value is not evaluated` });
      addEnv(env, { name, ...(value !== undefined ? { value } : {}), origin: value === undefined ? 'unresolved' : 'configmap', via: `ConfigMap ${ns}/${cName} key ${key}`, where: cm && value !== undefined ? { file: cm.file, line: cm.lineOf(['data', key]), object: objectRef(cm) } : where }, ctx);
    } else if (vf) {
      addEnv(env, { name, origin: 'field', via: 'env valueFrom (field or resource)', where }, ctx);
    } else {
      addEnv(env, expandLiteral(name, typeof e.value === 'string' ? e.value : String(e.value ?? ''), env, `env of ${obj.kind} ${ref.namespace ?? ''}/${ref.name ?? ''}`, where), ctx);
    }
  });
  return env;
}

const MAX_REFS = 50;

/**
 * A literal env value as Kubernetes expands it: `$(NAME)` takes the value of a variable defined before it
 * in the container (envFrom, earlier env entries), `$$` is a `$`, a reference to nothing stays as written.
 * A value that takes a part from a Secret, a field or an unknown ConfigMap key is not a literal: it gets that
 * part's origin (a Secret's wins), and its value only when every part is known (else `template`).
 */
export function expandLiteral(name: string, raw: string, env: Map<string, EnvEntry>, via: string, where: Where): EnvEntry {
  const refs: EnvEntry[] = [];
  let unknown = false;
  const text = raw.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, ref: string | undefined) => {
    if (!ref) return '$';
    const e = refs.length < MAX_REFS ? env.get(ref) : undefined;
    if (!e) return m;
    refs.push(e);
    if (e.value === undefined) unknown = true;
    return e.value ?? m;
  });
  const hidden = refs.find((r) => r.origin === 'secret') ?? refs.find((r) => !IN_REPOSITORY.has(r.origin));
  if (!hidden) return { name, value: text, origin: 'literal', via: `${via} (literal${refs.length ? `, with ${refs.map((r) => `$(${r.name})`).join(', ')} from the repository` : ''})`, where };
  const parts = [...new Set(refs.filter((r) => !IN_REPOSITORY.has(r.origin)).map((r) => `$(${r.name}) from ${r.via}`))].join(', ');
  return { name, ...(unknown ? { template: text } : { value: text }), origin: hidden.origin, via: `${via} (${parts})`, where };
}

/** The line just before a ConfigMap value's first line (its block scalar's content, else the value itself). */
function contentOffset(cm: K8sObject, key: string): { line: number; column: number } {
  const p = cm.positionOf(['data', key]);
  return p.content ?? { line: p.line, column: p.column };
}

/** The text a path inside the container comes from, when a ConfigMap volume provides it. */
function mountedFile(obj: K8sObject, pod: { spec: Record<string, any>; specPath: (string | number)[] }, c: Record<string, any>, file: string, ns: string, ctx: Ctx): { text: string; cm: K8sObject; key: string } | undefined {
  for (const m of Array.isArray(c.volumeMounts) ? c.volumeMounts : []) {
    const mp = str(m?.mountPath);
    if (!mp) continue;
    const vol = (Array.isArray(pod.spec.volumes) ? pod.spec.volumes : []).find((v: any) => v?.name === m.name);
    const cmName = str(vol?.configMap?.name);
    if (!cmName) continue;
    let key: string | undefined;
    if (posix.normalize(mp) === posix.normalize(file)) key = str(m.subPath);
    else if (file.startsWith(posix.normalize(mp).replace(/\/?$/, '/')) && !m.subPath) {
      const rel = file.slice(posix.normalize(mp).replace(/\/?$/, '/').length);
      const items = Array.isArray(vol.configMap.items) ? vol.configMap.items : undefined;
      key = items ? str(items.find((it: any) => it?.path === rel)?.key) : rel;
    }
    if (!key) continue;
    const cm = find(ctx, 'ConfigMap', ns, cmName);
    const text = str(cm?.raw.data?.[key]);
    if (cm && text !== undefined) return { text, cm, key };
  }
  return undefined;
}

function cfgOf(obj: K8sObject, pod: { spec: Record<string, any>; specPath: (string | number)[] }, c: Record<string, any>, env: Map<string, EnvEntry>, ns: string, ctx: Ctx): CfgSource | undefined {
  const home = env.get('AIRFLOW_HOME')?.value ?? '/opt/airflow';
  const path = env.get('AIRFLOW_CONFIG')?.value ?? posix.join(home, 'airflow.cfg');
  const found = mountedFile(obj, pod, c, path, ns, ctx);
  if (!found) return undefined;
  const lineOffset = contentOffset(found.cm, found.key).line - 1;
  const ini = parseIni(found.text);
  const object = objectRef(found.cm);
  for (const p of ini.problems) ctx.problems.push({ kind: 'cfg', where: { file: found.cm.file, line: lineOffset + p.line, object }, message: `airflow.cfg in ConfigMap ${ns}/${found.cm.metadata.name}: ${p.message}` });
  return { ini, file: found.cm.file, lineOffset, object, via: `ConfigMap ${ns}/${found.cm.metadata.name} key ${found.key}` };
}

function versionFrom(image: unknown, labels: Record<string, string>, objLabels: Record<string, string>) {
  const tag = typeof image === 'string' ? /:([^:/@]+)(@|$)/.exec(image)?.[1] : undefined;
  return versionOf(tag, `image tag ${String(image)}`) ?? versionOf(labels['app.kubernetes.io/version'], 'pod label app.kubernetes.io/version') ?? versionOf(objLabels['app.kubernetes.io/version'], 'label app.kubernetes.io/version');
}

/** The Airflow components of one pod-carrying object: one per Airflow container (init containers included). */
export function componentsOf(obj: K8sObject, ctx: Ctx, roleOverride?: Role): Component[] {
  const pod = obj.pod;
  if (!pod) return [];
  const ns = obj.metadata.namespace ?? pod.namespace ?? '';
  const out: Component[] = [];
  for (const list of ['initContainers', 'containers'] as const) {
    const cs = Array.isArray(pod.spec[list]) ? pod.spec[list] : [];
    cs.forEach((c: any, i: number) => {
      if (!c || typeof c !== 'object' || !isAirflowContainer(c)) return;
      const path = [...pod.specPath, list, i];
      const opaque: string[] = [];
      const env = containerEnv(obj, path, c, ns, ctx, opaque);
      const role = list === 'initContainers' ? 'job' : (roleOverride ?? roleOf(c, pod.labels));
      const version = versionFrom(c.image, pod.labels, obj.metadata.labels);
      const comp: Component = {
        role,
        label: `${role} (${obj.kind} ${ns ? `${ns}/` : ''}${obj.metadata.name ?? ''}, ${list === 'initContainers' ? 'init container' : 'container'} ${c.name ?? i})`,
        object: obj,
        containerPath: path,
        namespace: ns,
        instance: `${ns}/${pod.labels['app.kubernetes.io/instance'] ?? pod.labels['release'] ?? obj.metadata.labels['app.kubernetes.io/instance'] ?? ''}`,
        env,
        opaque,
        pod: { spec: pod.spec, specPath: pod.specPath, object: obj },
        ...(version ? { version } : {}),
      };
      const cfg = cfgOf(obj, pod, c, env, ns, ctx);
      if (cfg) comp.cfg = cfg;
      const home = env.get('AIRFLOW_HOME')?.value ?? '/opt/airflow';
      const wc = mountedFile(obj, pod, c, posix.join(home, 'webserver_config.py'), ns, ctx);
      if (wc) comp.webserverConfig = { text: wc.text, file: wc.cm.file, lineOffset: contentOffset(wc.cm, wc.key).line - 1, object: objectRef(wc.cm) };
      out.push(comp);
    });
  }
  return out;
}

/** The KubernetesExecutor's pod template a scheduler reads (pod_template_file from a ConfigMap volume). */
export function podTemplateOf(scheduler: Component, templatePath: string, ctx: Ctx): K8sObject | undefined {
  if (!scheduler.object || !scheduler.pod || !scheduler.containerPath) return undefined;
  const c = scheduler.containerPath.reduce((a: any, k) => a?.[k], scheduler.object.raw);
  const found = mountedFile(scheduler.object, scheduler.pod, c, templatePath, scheduler.namespace, ctx);
  if (!found) return undefined;
  const parsed = parseManifestText(found.text, found.cm.file, undefined, contentOffset(found.cm, found.key));
  for (const p of parsed.problems) ctx.problems.push({ kind: 'pod-template', where: { file: p.file, line: p.line ?? found.cm.line, object: objectRef(found.cm) }, message: `pod template ${templatePath}: ${p.reason}` });
  const pod = parsed.objects.find((o) => o.kind === 'Pod');
  if (!pod && !parsed.problems.length) ctx.problems.push({ kind: 'pod-template', where: { file: found.cm.file, line: found.cm.lineOf(['data', found.key]), object: objectRef(found.cm) }, message: `pod template ${templatePath} holds no Pod` });
  if (pod && !pod.metadata.namespace) pod.metadata.namespace = scheduler.namespace;
  return pod;
}
