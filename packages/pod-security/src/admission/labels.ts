import { isLevel, parseVersion, versionText, type Level, type PolicyVersion } from '../engine/versions.js';

export const LABEL_PREFIX = 'pod-security.kubernetes.io/';
export const MODES = ['enforce', 'audit', 'warn'] as const;
export type Mode = (typeof MODES)[number];

export interface LevelVersion {
  level: Level;
  version: PolicyVersion;
}

/** What admission applies in a namespace, mode by mode, and the label values it could not read. */
export interface NamespacePolicy {
  enforce: LevelVersion;
  audit: LevelVersion;
  warn: LevelVersion;
  /** Whether the namespace sets an enforce label of its own. */
  enforceLabelled: boolean;
  errors: { label: string; value: string; reason: string }[];
}

/** The admission configuration's defaults for labels a namespace does not set (PodSecurityConfiguration.defaults). */
export type PolicyDefaults = Record<Mode, LevelVersion>;

const LATEST: PolicyVersion = { minor: 35, latest: true };
export const ADMISSION_DEFAULTS: PolicyDefaults = {
  enforce: { level: 'privileged', version: LATEST },
  audit: { level: 'privileged', version: LATEST },
  warn: { level: 'privileged', version: LATEST },
};

const RESTRICTIVENESS: Record<Level, number> = { privileged: 0, baseline: 1, restricted: 2 };

/**
 * The library's policy from a namespace's labels: a missing label takes the default; an invalid enforce
 * level counts as restricted (fail closed), an invalid audit or warn level as privileged, an invalid
 * version as latest, each with an error. Without a warn label, warn follows a stricter enforce.
 */
export function policyFromLabels(labels: Record<string, string>, defaults: PolicyDefaults = ADMISSION_DEFAULTS): NamespacePolicy {
  const errors: NamespacePolicy['errors'] = [];
  const read = (mode: Mode): LevelVersion => {
    const d = defaults[mode];
    let level = d.level;
    let version = d.version;
    const lk = `${LABEL_PREFIX}${mode}`;
    const vk = `${lk}-version`;
    if (Object.hasOwn(labels, lk)) {
      const v = labels[lk]!;
      if (isLevel(v)) level = v;
      else {
        level = mode === 'enforce' ? 'restricted' : 'privileged';
        errors.push({ label: lk, value: v, reason: `must be one of privileged, baseline, restricted (admission uses ${level})` });
      }
    }
    if (Object.hasOwn(labels, vk)) {
      const v = labels[vk]!;
      const pv = parseVersion(v);
      if (pv) version = pv;
      else {
        version = LATEST;
        errors.push({ label: vk, value: v, reason: 'must be v1.N or latest (admission uses latest)' });
      }
    }
    return { level, version };
  };
  const enforce = read('enforce');
  const audit = read('audit');
  let warn = read('warn');
  const hasWarn = Object.hasOwn(labels, `${LABEL_PREFIX}warn`);
  if (Object.hasOwn(labels, `${LABEL_PREFIX}enforce`) && !hasWarn && RESTRICTIVENESS[enforce.level] > RESTRICTIVENESS[defaults.warn.level]) {
    warn = { level: enforce.level, version: Object.hasOwn(labels, `${LABEL_PREFIX}warn-version`) ? warn.version : enforce.version };
  }
  return { enforce, audit, warn, enforceLabelled: Object.hasOwn(labels, `${LABEL_PREFIX}enforce`), errors };
}

export const policyText = (lv: LevelVersion) => `${lv.level}:${versionText(lv.version)}`;
