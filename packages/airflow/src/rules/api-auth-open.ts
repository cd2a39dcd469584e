import { defineRule } from '@flightcheck/core';
import { getSetting, servesUi, type Component, type Setting } from '../component.js';
import type { AirflowModel } from '../model.js';
import { asBool } from '../names.js';
import { at, optionText, PerSource } from './helpers/findings.js';

const PUBLIC_ROLE = /^AUTH_ROLE_PUBLIC\s*=\s*(['"])([^'"]+)\1/m;

type Open = { kind: 'backend' | 'all-admins' | 'public-option'; s: Setting };

function openSettings(c: Component): Open[] {
  const out: Open[] = [];
  const major = c.version?.major;
  if (major === undefined || major < 3) {
    const b = getSetting(c, 'authBackends');
    if (b?.value !== undefined && /airflow\.api\.auth\.backend\.default\b/.test(b.value)) out.push({ kind: 'backend', s: b });
  }
  const mgr = getSetting(c, 'authManager');
  const all = getSetting(c, 'simpleAllAdmins');
  if ((major === undefined || major >= 3) && all?.value !== undefined && asBool(all.value) === true && (!mgr?.value || /SimpleAuthManager/.test(mgr.value))) out.push({ kind: 'all-admins', s: all });
  // the FAB auth manager: Airflow 2's default, Airflow 3's when [core] auth_manager names it
  const fab = mgr?.value ? /FabAuthManager/.test(mgr.value) : major !== undefined && major < 3;
  const pub = getSetting(c, 'fabAuthRolePublic');
  const role = pub?.value?.trim();
  if (fab && pub && role && role.toLowerCase() !== 'none') out.push({ kind: 'public-option', s: pub });
  return out;
}

const RESOLUTION: Record<Open['kind'], string> = {
  backend: 'set [api] auth_backends to airflow.api.auth.backend.session (with basic_auth only if clients need it)',
  'all-admins': 'set [core] simple_auth_manager_all_admins to False, or use the FAB (or another) auth manager',
  'public-option': 'leave [fab] auth_role_public empty so that every request needs a login',
};

export const apiAuthOpen = defineRule<AirflowModel, 'backend' | 'all-admins' | 'public-option' | 'public-role'>({
  meta: {
    id: 'api-auth-open',
    target: 'airflow-config',
    severity: 'critical',
    docs: { description: 'Authentication is off or lets everyone in: `[api] auth_backends` (or the older `auth_backend`) with `airflow.api.auth.backend.default` (the REST and experimental API without authentication, CVE-2020-13927), the Simple auth manager with `[core] simple_auth_manager_all_admins` true (every visitor is an admin), or anonymous users given a role by the FAB auth manager (`[fab] auth_role_public`, or `AUTH_ROLE_PUBLIC` in webserver_config.py). An Airflow before 1.10.11 whose default backend was `default` is a known vulnerability of that version (CVE-2020-13927): image-scan reports it, this rule does not report it twice.' },
    messages: {
      backend: '{{components}}: {{option}} uses airflow.api.auth.backend.default ({{source}}): the API answers without authentication (CVE-2020-13927)',
      'all-admins': '{{components}}: {{option}} is true ({{source}}): the Simple auth manager makes every visitor, anonymous ones included, an admin',
      'public-option': '{{components}}: {{option}} is {{role}} ({{source}}): the FAB auth manager lets anonymous visitors into the UI and API with that role',
      'public-role': '{{component}}: webserver_config.py sets AUTH_ROLE_PUBLIC = {{role}} ({{source}}): anonymous visitors get that role',
    },
  },
  check(model, ctx) {
    const found = new PerSource<Open>();
    for (const c of model.components) {
      if (!servesUi(c) && c.role !== 'image') continue;
      for (const o of openSettings(c)) found.add(o.s.where, o.kind, c, o);
      const wc = c.webserverConfig;
      const m = wc ? PUBLIC_ROLE.exec(wc.text) : null;
      if (wc && m) {
        const line = wc.lineOffset + wc.text.slice(0, m.index).split('\n').length;
        ctx.report({ messageId: 'public-role', data: { component: c.label, role: m[2]!, source: `webserver_config.py in ${wc.file}` }, ...at({ file: wc.file, line, ...(wc.object ? { object: wc.object } : {}) }), resolution: 'set AUTH_ROLE_PUBLIC = None so that every request needs a login' });
      }
    }
    found.each((o, components) => ctx.report({ messageId: o.kind, data: { components, option: optionText(o.s), source: o.s.via, role: o.s.value?.trim() ?? '' }, ...at(o.s.where), resolution: RESOLUTION[o.kind] }));
  },
});
