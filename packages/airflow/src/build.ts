import { componentWhere, getSetting, objectRef, type Component, type EnvEntry } from './component.js';
import type { ImageConfig } from './dockerfile.js';
import { parseIni } from './ini.js';
import { componentsOf, podTemplateOf } from './manifest-components.js';
import type { LoadedManifests } from '@flightcheck/k8s';
import type { AirflowModel } from './model.js';
import { parseEnvName, SENSITIVE } from './names.js';

function noteUnevaluated(model: AirflowModel): void {
  const seen = new Set<string>();
  const note = (key: string, where: AirflowModel['notices'][number]['where'], message: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    model.notices.push({ where, message });
  };
  for (const c of model.components) {
    for (const e of c.env.values()) {
      const p = parseEnvName(e.name);
      if (p.variant === 'cmd') note(`${e.where.file}:${e.where.line}`, e.where, `${e.name} (${c.label}): a _CMD variant runs a command to get the value; flightcheck never runs it, so [${p.option!.section}] ${p.option!.key} is not evaluated`);
      if (p.variant === 'secret') note(`${e.where.file}:${e.where.line}`, e.where, `${e.name} (${c.label}): a _SECRET variant reads the value from the secrets backend ([secrets] backend); flightcheck does not, so [${p.option!.section}] ${p.option!.key} is not evaluated`);
    }
    if (!c.cfg) continue;
    for (const [section, entries] of c.cfg.ini.sections) {
      for (const e of entries.values()) {
        const where = { file: c.cfg.file, line: c.cfg.lineOffset + e.line, ...(c.cfg.object ? { object: c.cfg.object } : {}) };
        if (e.key.endsWith('_cmd') && SENSITIVE.has(`${section}.${e.key.slice(0, -'_cmd'.length)}`)) note(`${where.file}:${where.line}`, where, `airflow.cfg [${section}] ${e.key}: a command Airflow runs for the value; never run here, not evaluated`);
        if (e.key.endsWith('_secret') && SENSITIVE.has(`${section}.${e.key.slice(0, -'_secret'.length)}`)) note(`${where.file}:${where.line}`, where, `airflow.cfg [${section}] ${e.key}: a value Airflow reads from the secrets backend; not read here, not evaluated`);
      }
    }
  }
}

/** Every Airflow component of the manifests, the KubernetesExecutor's pod template included. */
export function buildManifestModel(loaded: LoadedManifests): AirflowModel {
  const model: AirflowModel = { components: [], objects: loaded.objects, problems: [], notices: [] };
  const ctx = { objects: loaded.objects, problems: model.problems, notices: model.notices };
  for (const obj of loaded.objects) model.components.push(...componentsOf(obj, ctx));
  const templates = new Set<string>();
  for (const s of model.components.filter((c) => c.role === 'scheduler')) {
    const executor = getSetting(s, 'executor')?.value ?? '';
    if (!/KubernetesExecutor/.test(executor)) continue;
    const setting = getSetting(s, 'podTemplateFile');
    const path = setting?.value;
    if (!path) {
      model.notices.push({ where: setting?.where ?? componentWhere(s), message: `${s.label}: KubernetesExecutor ${setting ? `with [${setting.option.section}] ${setting.option.key} not evaluated (${setting.via})` : 'without [kubernetes_executor] pod_template_file'}: the task pods' spec is not known here, so it is not checked` });
      continue;
    }
    const before = model.problems.length;
    const pod = podTemplateOf(s, path, ctx);
    if (!pod && model.problems.length === before) model.notices.push({ where: setting.where, message: `${s.label}: pod template ${path} is not mounted from a ConfigMap of the manifests (in the image?): the task pods' spec is not checked` });
    if (!pod || templates.has(`${pod.file}:${pod.line}`)) continue;
    templates.add(`${pod.file}:${pod.line}`);
    const ns = getSetting(s, 'executorNamespace')?.value ?? 'default';
    pod.metadata.namespace = ns;
    if (pod.pod) pod.pod.namespace = ns;
    for (const c of componentsOf(pod, ctx, 'pod-template')) {
      if (c.role !== 'pod-template') continue; // init containers of the template are reported with it
      c.label = `KubernetesExecutor pod template ${path} (${pod.file}:${pod.line}, container ${String(c.containerPath?.[c.containerPath.length - 1] ?? '')})`;
      if (!c.version && s.version) c.version = s.version;
      model.components.push(c);
    }
  }
  noteUnevaluated(model);
  return model;
}

/** The image as one component: its Dockerfile ENV and the airflow.cfg it copies in. */
export function buildImageModel(img: ImageConfig): AirflowModel {
  const model: AirflowModel = { components: [], objects: [], problems: [], notices: [], image: img };
  for (const p of img.problems) model.problems.push({ kind: 'dockerfile', where: { file: img.file, line: p.line }, message: p.message });
  const env = new Map<string, EnvEntry>();
  for (const [name, v] of img.env) {
    const where = { file: img.file, line: v.line };
    const parsed = parseEnvName(name);
    if (parsed.kind === 'invalid') model.problems.push({ kind: 'env-name', where, message: `ENV ${name}: ${parsed.reason}` });
    // a value from a build argument without a default is given at build time: baked into the image, not known here
    if (v.buildArgs) {
      env.set(name, { name, origin: 'dockerfile', via: `ENV in ${img.file}, from build argument ${v.buildArgs.join(', ')}`, where, template: v.value });
      if (parsed.kind !== 'other') model.notices.push({ where, message: `ENV ${name} takes build argument ${v.buildArgs.join(', ')} (no default): its value is given at build time, so it is not evaluated` });
    }
    else env.set(name, { name, value: v.value, origin: 'dockerfile', via: `ENV in ${img.file}`, where });
  }
  const c: Component = { role: 'image', label: `image (${img.file})`, namespace: '', instance: img.file, env, opaque: [], ...(img.version ? { version: img.version } : {}) };
  if (img.cfg) {
    const ini = parseIni(img.cfg.text);
    for (const p of ini.problems) model.problems.push({ kind: 'cfg', where: { file: img.cfg.file, line: p.line }, message: `airflow.cfg copied in at ${img.file}:${img.cfg.line}: ${p.message}` });
    c.cfg = { ini, file: img.cfg.file, lineOffset: 0, via: `${img.cfg.file} (COPY at ${img.file}:${img.cfg.line})` };
  }
  model.components.push(c);
  noteUnevaluated(model);
  return model;
}

export { objectRef };
