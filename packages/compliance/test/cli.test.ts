import { describe, expect, it } from 'vitest';
import { cli, tempDir, write } from './helpers.js';

const good = (name: string, ns = 'shop') => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${ns}}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
        - name: app
          image: registry.example/app:1.0
          imagePullPolicy: Always
`;

describe('flightcheck compliance (built-in engine)', () => {
  const dir = tempDir();
  const file = write(dir, 'app/web.yaml', `---\n${good('web')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\n---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata: {name: web, namespace: shop}\n    spec: {type: NodePort, selector: {app: web}, ports: [{port: 80}]}\n`);
  write(dir, 'app/nested/other.yml', good('other'));
  write(dir, 'app/README.md', 'not yaml');

  it('prints kube-score JSON v2 with file_name and file_row', () => {
    const r = cli(['compliance', '--engine', 'builtin', '--format', 'kube-score-json', file]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    const dep = out.find((o: { object_name: string }) => o.object_name === 'Deployment/apps/v1/shop/web');
    expect(dep).toMatchObject({ type_meta: { kind: 'Deployment', apiVersion: 'apps/v1' }, object_meta: { name: 'web', namespace: 'shop' }, file_name: file, file_row: 2 });
    const tag = dep.checks.find((c: { check: { id: string } }) => c.check.id === 'container-image-tag');
    expect(tag).toEqual({ check: { name: 'Container Image Tag', id: 'container-image-tag', target_type: 'Pod', comment: 'Makes sure that a explicit non-latest tag is used', optional: false }, grade: 10, skipped: false, comments: null });
    const seccomp = dep.checks.find((c: { check: { id: string } }) => c.check.id === 'container-seccomp-profile');
    expect(seccomp).toMatchObject({ skipped: true, comments: [{ summary: 'Skipped because container-seccomp-profile is ignored' }] });
    const svc = out.find((o: { object_name: string }) => o.object_name === 'Service/v1/shop/web');
    expect(svc.file_row).toBe(19);
    expect(out.some((o: { type_meta: { kind: string } }) => o.type_meta.kind === 'ConfigMap')).toBe(false);
  });

  it('prints kube-score ci lines', () => {
    const r = cli(['compliance', '--engine', 'builtin', '--format', 'kube-score-ci', file]);
    expect(r.stdout).toContain('[WARNING] web/shop v1/Service: The service is of type NodePort');
    expect(r.stdout).toContain('[CRITICAL] web/shop apps/v1/Deployment: (app) CPU limit is not set');
    expect(r.stdout).toMatch(/\[SKIPPED\] web\/shop apps\/v1\/Deployment: Skipped because container-seccomp-profile is ignored/);
  });

  it('maps grades to severities with file, line and object on every finding, and counts passed-over kinds', () => {
    const r = cli(['compliance', '--engine', 'builtin', '--format', 'json', file]);
    const res = JSON.parse(r.stdout).results[0];
    expect(res.engine).toBe('builtin');
    const nodePort = res.findings.find((f: { ruleId: string }) => f.ruleId === 'service-type');
    expect(nodePort).toMatchObject({ severity: 'medium', status: 'fail', location: { file, line: 25 } /* the spec.type line of the List item (the List starts on 19) */, object: { apiVersion: 'v1', kind: 'Service', namespace: 'shop', name: 'web' } });
    for (const f of res.findings) expect(f.location.line).toBeGreaterThan(0);
    expect(res.notices.map((n: { message: string }) => n.message).join('\n')).toMatch(/passed over 1 object\(s\) .*v1\/ConfigMap ×1/);
  });

  it('--verbose keeps OK and skipped checks as pass findings with the reason', () => {
    const r = cli(['compliance', '--engine', 'builtin', '--format', 'json', '--verbose', file]);
    const findings = JSON.parse(r.stdout).results[0].findings;
    const skipped = findings.find((f: { ruleId: string; object: { kind: string } }) => f.ruleId === 'container-seccomp-profile' && f.object.kind === 'Deployment');
    expect(skipped).toMatchObject({ status: 'pass', severity: 'info', properties: { skipped: true } });
    expect(skipped.message).toMatch(/skipped \(optional check, not enabled\)/);
  });

  it('reads directories (*.yaml and *.yml beneath) and stdin', () => {
    const r = cli(['compliance', '--engine', 'builtin', '--format', 'kube-score-json', `${dir}/app`]);
    const names = JSON.parse(r.stdout).map((o: { object_name: string }) => o.object_name);
    expect(names).toEqual(expect.arrayContaining(['Deployment/apps/v1/shop/web', 'Deployment/apps/v1/shop/other', 'Service/v1/shop/web']));
    const s = cli(['compliance', '--engine', 'builtin', '--format', 'kube-score-json', '-'], { input: good('piped') });
    expect(JSON.parse(s.stdout)[0]).toMatchObject({ object_name: 'Deployment/apps/v1/shop/piped', file_name: 'STDIN', file_row: 1 });
  });

  it('honours kube-score flags and exit codes', () => {
    const svcOnly = write(dir, 'svc.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {type: NodePort, type2: x}\n');
    // service-targets-pod is CRITICAL; ignoring it leaves only the WARNING
    expect(cli(['compliance', '--engine', 'builtin', svcOnly]).code).toBe(1);
    expect(cli(['compliance', '--engine', 'builtin', '--ignore-test', 'service-targets-pod', svcOnly]).code).toBe(0);
    expect(cli(['compliance', '--engine', 'builtin', '--ignore-test', 'service-targets-pod', '--exit-one-on-warning', svcOnly]).code).toBe(1);
    const json = cli(['compliance', '--engine', 'builtin', '--format', 'kube-score-json', '--ignore-test', 'service-targets-pod,service-type', svcOnly]);
    expect(JSON.parse(json.stdout)[0].checks.map((c: { check: { id: string } }) => c.check.id)).not.toContain('service-type');
    expect(cli(['compliance', '--engine', 'builtin', '--kubernetes-version', '1.2.3', svcOnly]).stderr).toMatch(/Invalid --kubernetes-version/);
    expect(cli(['compliance', '--engine', 'builtin', '--enable-optional-test', 'no-such-check', svcOnly]).code).toBe(2);
    expect(cli(['compliance', '--engine', 'builtin', '--all-default-optional', '--ignore-test', 'service-type', svcOnly]).code).toBe(2);
  });

  it('kube-score/ignore on the pod template wins over kube-score/enable on the object', () => {
    const f = write(dir, 'ann.yaml', `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {kube-score/ignore: "container-image-tag, pod-networkpolicy"}\nspec: {containers: [{name: a, image: a}]}\n`);
    const out = JSON.parse(cli(['compliance', '--engine', 'builtin', '--format', 'kube-score-json', f]).stdout);
    const tag = out[0].checks.find((c: { check: { id: string } }) => c.check.id === 'container-image-tag');
    expect(tag).toMatchObject({ grade: 1, skipped: true });
    const off = JSON.parse(cli(['compliance', '--engine', 'builtin', '--format', 'kube-score-json', '--disable-ignore-checks-annotations', f]).stdout);
    expect(off[0].checks.find((c: { check: { id: string } }) => c.check.id === 'container-image-tag')).toMatchObject({ grade: 1, skipped: false });
  });

  it('lists the checks', () => {
    const r = cli(['compliance', 'list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(39);
    expect(lines.filter((l) => /\soptional\s/.test(l))).toHaveLength(6);
    expect(r.stdout).toMatch(/^container-image-tag\s+Pod\s+default\s+Makes sure that a explicit non-latest tag is used$/m);
  });

  it('writes SARIF and JUnit', () => {
    const sarif = JSON.parse(cli(['compliance', '--engine', 'builtin', '--format', 'sarif', file]).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    expect(cli(['compliance', '--engine', 'builtin', '--format', 'junit', file]).stdout).toContain('<testsuites');
  });
});
