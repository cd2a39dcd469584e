import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from './engine.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'fc-airflow-engine-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('runCheck', () => {
  it('passes the shipped manifests and image with zero findings, saying what it read', async () => {
    const report = await runCheck({ paths: ['manifests/airflow', 'images/airflow'], root: ROOT });
    expect(report.results.map((r) => [r.target, r.findings.length, r.error])).toEqual([['manifests/airflow', 0, undefined], ['images/airflow/Dockerfile', 0, undefined]]);
    expect(report.results[0]!.notices?.map((n) => n.message).join('\n')).toMatch(/api-server, dag-processor, scheduler, triggerer, pod-template; version 3\.1\.8/);
  });

  it('fails closed on a missing path and on YAML it cannot parse, still checking the rest', async () => {
    mkdirSync(join(tmp, 'm'), { recursive: true });
    writeFileSync(join(tmp, 'm', 'bad.yaml'), 'a: [\n');
    writeFileSync(join(tmp, 'm', 'good.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers: [{ name: a, image: apache/airflow:3.1.8, args: [scheduler], env: [{ name: AIRFLOW__CORE__LOAD_EXAMPLES, value: "True" }] }]\n');
    const report = await runCheck({ paths: ['m', 'nope'], root: tmp });
    expect(report.results[0]!.error).toMatch(/m\/bad\.yaml/);
    expect(report.results[0]!.findings.map((f) => f.ruleId)).toContain('load-examples');
    expect(report.results[1]!.error).toMatch(/no such file/);
  });

  it('reads an image folder through its Dockerfile, with the airflow.cfg it copies', async () => {
    mkdirSync(join(tmp, 'img'), { recursive: true });
    writeFileSync(join(tmp, 'img', 'Dockerfile'), 'FROM apache/airflow:2.10.5\nCOPY airflow.cfg /opt/airflow/airflow.cfg\n');
    writeFileSync(join(tmp, 'img', 'airflow.cfg'), '[webserver]\nexpose_config = True\n');
    const [r] = (await runCheck({ paths: ['img'], root: tmp })).results;
    expect(r!.findings.map((f) => [f.ruleId, f.location?.file, f.location?.line])).toEqual([['expose-config', 'img/airflow.cfg', 2]]);
  });
});
