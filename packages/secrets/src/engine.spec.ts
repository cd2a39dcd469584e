import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORE_FORMATS, failed, reporters } from '@flightcheck/core';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck, scanText } from './engine.js';

const root = mkdtempSync(join(tmpdir(), 'secrets-engine-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string | Buffer) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};
// built at run time so that this file itself holds no secret
const PASSWORD = ['Xq7', 'Vd9Lx', 'P2mZk4'].join('');
const AWS = ['AKIA', 'Q3ZL7RX2WB5NKT4M'].join('');
const GH = ['ghp', '_R8mK2xQ7vL9pZ4tN6wB1cY3hJ5dF0gS2aE7u'].join('');

describe('secrets engine', () => {
  it('finds secrets across manifests, Dockerfiles and other files, with workspace-relative locations', async () => {
    write('repo/manifests/db.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: ${PASSWORD}\n`);
    write('repo/images/a/Dockerfile', `FROM debian\nENV GITHUB_TOKEN=${GH}\n`);
    write('repo/config/.env', `AWS_ACCESS_KEY_ID=${AWS}\n`);
    write('repo/README.md', 'nothing here\n');
    const report = await runCheck({ paths: ['repo'], root, gitignore: false, allow: [] });
    const found = report.results[0]!.findings.map((f) => `${f.ruleId} ${f.location!.file}:${f.location!.line}`);
    expect(found).toEqual(['aws-access-key repo/config/.env:1', 'dockerfile-secret repo/images/a/Dockerfile:2', 'kubernetes-secret repo/manifests/db.yaml:6']);
    expect(failed(report, 'high')).toBe(true);
  });

  it('never puts a secret in any report format', async () => {
    const report = await runCheck({ paths: ['repo'], root, gitignore: false, allow: [] });
    for (const format of CORE_FORMATS) {
      const out = reporters[format](report, { root, verbose: true });
      for (const secret of [PASSWORD, AWS, GH]) {
        expect(out, format).not.toContain(secret);
        expect(out, format).not.toContain(secret.slice(2, 10));
      }
    }
    expect(JSON.stringify(report)).not.toContain(PASSWORD);
  });

  it('reports one finding per line: the most precise rule wins', () => {
    const findings = scanText(`services:\n  db:\n    environment:\n      DB_PASSWORD: ${PASSWORD}\n`, 'compose.yaml');
    expect(findings.map((f) => f.ruleId)).toEqual(['container-env-credential']);
  });

  it('reports a Secret once: the token and private-key rules do not report its values again', () => {
    const key = ['-----BEGIN RSA PRIVATE', ' KEY-----\n', 'MIIEowIBAAKCAQEAq7Vd9LxP2mZk4Rt8Wc1YhG3eN0swCgYIKoZIzj0EAwIw\n'.repeat(3), '-----END RSA PRIVATE', ' KEY-----'].join('');
    const yaml = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  annotations:\n    note: ${GH}\nstringData:\n  token: ${GH}\n  id_rsa: |\n${key.split('\n').map((l) => `    ${l}`).join('\n')}\n---\nkind: ConfigMap\ndata:\n  other: ${AWS}\n`;
    const findings = scanText(yaml, 'k/s.yaml');
    expect(findings.map((f) => [f.ruleId, f.location?.line])).toEqual([['kubernetes-secret', 8], ['aws-access-key', 18]]);
    expect(findings[0]!.properties).toMatchObject({ keys: ['stringData.token', 'stringData.id_rsa'] });
  });

  it('leaves a Secret to its own judgement, and a SealedSecret\'s ciphertext is no credential assignment', () => {
    const b64 = (v: string) => Buffer.from(v).toString('base64');
    const yaml = `kind: Secret\nmetadata:\n  name: placeholders\ndata:\n  password: ${b64('changeme')}\n  api-key: ${b64('INSERT_API_KEY_HERE')}\n---\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: AgBq7Vd9LxP2mZk4Rt8Wc1YhG3eN0sAgBq7Vd9LxP2mZk4Rt8\n  template:\n    metadata:\n      annotations:\n        token: ${GH}\n`;
    expect(scanText(yaml, 'k/s.yaml').map((f) => [f.ruleId, f.location?.line])).toEqual([['github-token', 15]]);
  });

  it('takes a test file\'s fixture marker, lists the file, and ignores the marker outside test paths', async () => {
    const planted = `# flightcheck:fake-secrets fake values for the parser tests\nGITHUB_TOKEN=${GH}\n`;
    write('fx/test/fixtures/a.env', planted);
    write('fx/test/fixtures/b.env', `GITHUB_TOKEN=${GH}\n`);
    write('fx/config/prod.env', planted);
    const result = (await runCheck({ paths: ['fx'], root, gitignore: false, allow: [] })).results[0]!;
    const got = result.findings.map((f) => [f.location?.file, f.status, f.suppression?.source]);
    expect(got).toEqual([['fx/config/prod.env', 'fail', undefined], ['fx/test/fixtures/a.env', 'suppressed', 'fixture'], ['fx/test/fixtures/b.env', 'fail', undefined]]);
    expect(result.findings[1]!.suppression!.justification).toBe('flightcheck:fake-secrets: fake values for the parser tests');
    const notices = result.notices!.map((n) => `${n.level} ${n.message}`).join('\n');
    expect(notices).toMatch(/info 1 test file\(s\) declare planted fake secrets .*: fx\/test\/fixtures\/a\.env/);
    expect(notices).toMatch(/warning fx\/config\/prod\.env: flightcheck:fake-secrets is honoured only in test files/);
  });

  it('honours inline allows with a reason, and the allow-list', async () => {
    const inline = scanText(`token: ${GH} # flightcheck:allow-secret revoked demo token\nother: ${GH.replace('R8', 'Z9')} # flightcheck:allow-secret\n`, 'x.yaml');
    expect(inline.map((f) => [f.status, f.suppression?.justification])).toEqual([['suppressed', 'revoked demo token'], ['fail', undefined]]);
    const report = await runCheck({ paths: ['repo'], root, gitignore: false, allow: [{ path: 'repo/images/**', reason: 'test images', source: 'allow-list' }] });
    const docker = report.results[0]!.findings.find((f) => f.ruleId === 'dockerfile-secret')!;
    expect(docker).toMatchObject({ status: 'suppressed', suppression: { source: 'allow-list', justification: 'test images' } });
  });

  it('skips binary files and files over the size bound, and says so', async () => {
    write('bin/blob.bin', Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(`${AWS}\n`)]));
    write('bin/big.txt', `${AWS}\n${'x'.repeat(2000)}`);
    const result = (await runCheck({ paths: ['bin'], root, gitignore: false, allow: [], maxFileBytes: 1000 })).results[0]!;
    expect(result.findings).toEqual([]);
    expect(result.notices!.map((n) => n.message).join('\n')).toMatch(/skipped 1 binary file\(s\) and 1 over 1000 bytes[\s\S]*bin\/big\.txt/);
  });

  it('a YAML file that cannot be read is an error result naming file and line; its text and the other files are still scanned', async () => {
    mkdirSync(join(root, 'mixed'), { recursive: true });
    writeFileSync(join(root, 'mixed', 'bad.yaml'), 'a: 1\n---\nb: [1\npassword = "hunter2-very-secret-x"\n');
    writeFileSync(join(root, 'mixed', 'good.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    env:\n    - name: DB_PASSWORD\n      value: "s3cr3t-Real-Value-42"\n');
    const report = await runCheck({ paths: ['mixed'], root, gitignore: false, allow: [] });
    const [main, bad] = report.results;
    expect(main!.findings.map((f) => [f.location?.file, f.location?.line, f.ruleId])).toContainEqual(['mixed/good.yaml', 9, 'container-env-credential']);
    expect(bad!.error).toMatch(/^mixed\/bad\.yaml:\d+: invalid YAML.*scanned as text only/);
    expect(failed(report, 'high')).toBe(true);
  });

  it('scans a template that is not YAML until rendered as text, and says so without failing', async () => {
    write('chart/templates/secret.yaml', `{{- if not .Values.existingSecret }}\nkind: Secret\ndata:\n  password: {{ .Values.password | b64enc | quote }}\n  {{- range $k, $v := .Values.extra }}\n  {{ $k }}: {{ $v }}\n  {{- end }}\n  token: ${GH}\n{{- end }}\n`);
    const report = await runCheck({ paths: ['chart'], root, gitignore: false, allow: [] });
    expect(report.results).toHaveLength(1);
    expect(report.results[0]!.findings.map((f) => [f.ruleId, f.location?.line])).toEqual([['github-token', 8]]);
    expect(report.results[0]!.notices!.map((n) => n.message).join('\n')).toMatch(/1 template file\(s\) are not YAML until rendered .*: chart\/templates\/secret\.yaml/);
    // broken YAML that merely mentions a template elsewhere is still an error
    write('chart2/values.yaml', 'image: "{{ .Values.tag }}"\na: 1\nb: 2\nc: 3\nlist: [1\n');
    const broken = await runCheck({ paths: ['chart2'], root, gitignore: false, allow: [] });
    expect(broken.results[1]?.error).toMatch(/^chart2\/values\.yaml:\d+: invalid YAML/);
  });

  it('fails closed on a path that does not exist', async () => {
    const report = await runCheck({ paths: ['missing'], root, allow: [] });
    expect(report.results[0]!.error).toMatch(/missing: no such file/);
    expect(failed(report, 'none')).toBe(true);
  });
});

describe('scanText cost', () => {
  // a deterministic base62 string per i (built at run time: this file holds no secret)
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const token = (i: number, len: number) => {
    let x = (i + 1) * 2654435761 | 0 || 1;
    let s = '';
    for (let k = 0; k < len; k++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      s += ALNUM[(x >>> 0) % 62];
    }
    return s;
  };
  const yaml = (n: number) => {
    const docs: string[] = [];
    for (let i = 0; i < n; i++) {
      docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  LOG_LEVEL: info\n  URL: https://svc${i}.example.test/path\n  NOTE: plain words here, nothing to find ${i}\n`);
      docs.push(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: s${i}\nstringData:\n  password: ${token(i, 20)}\n`);
      docs.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d${i}\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: x\n          env:\n            - name: GITHUB_TOKEN\n              value: ${['ghp', '_'].join('')}${token(i, 36)}\n            - name: MODE\n              value: fast\n`);
    }
    return docs.join('---\n');
  };
  const env = (n: number) => Array.from({ length: 10 * n }, (_, i) => (i % 10 ? `SETTING_${i}=value-${i}` : `API_TOKEN=${token(i, 32)}`)).join('\n') + '\n';
  it('is linear in the lines: sixteen times the YAML documents (ConfigMaps, Secrets, Deployments with tokens) and the lines of a .env file cost about sixteen times the time, under 96, far from the 256 of a quadratic (fastest of 5)', () => {
    const time = (n: number) => {
      const texts = [yaml(n), env(n)];
      const samples: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        const found = [scanText(texts[0]!, 'k/all.yaml'), scanText(texts[1]!, 'config/.env')];
        samples.push(performance.now() - t0);
        // one finding per Secret and per token
        expect(found[0]!.filter((f) => f.ruleId === 'kubernetes-secret')).toHaveLength(n);
        expect(found[0]!.filter((f) => f.ruleId !== 'kubernetes-secret')).toHaveLength(n);
        expect(found[1]!.length).toBeGreaterThanOrEqual(n);
      }
      return Math.min(...samples);
    };
    time(25);
    const t1 = time(25);
    const t2 = time(400);
    console.log(`secrets scanText: 25 groups ${t1.toFixed(1)} ms, 400 groups ${t2.toFixed(1)} ms (ratio ${(t2 / t1).toFixed(1)})`);
    expect(t2 / t1, `${t1.toFixed(1)} ms -> ${t2.toFixed(1)} ms`).toBeLessThan(96);
  }, 300_000);
});
