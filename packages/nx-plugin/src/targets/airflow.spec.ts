import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { airflow, configuresAirflow } from './airflow.js';
import { appliesTo } from './applies.js';

const ws = mkdtempSync(join(tmpdir(), 'fc-airflow-target-'));
const project = (kind: 'images' | 'manifests', name: string) => ({ name: `${name}-${kind === 'images' ? 'image' : 'manifests'}`, root: `${kind}/${name}`, kind, workspaceRoot: ws });
const write = (path: string, text: string) => {
  mkdirSync(join(ws, path, '..'), { recursive: true });
  writeFileSync(join(ws, path), text);
};

describe('airflow target', () => {
  write('images/af/Dockerfile', 'FROM python:3.11\nRUN pip install "apache-airflow==3.1.8"\n');
  write('images/web/Dockerfile', 'FROM nginx:1.27\n');
  write('manifests/af/deep/one/app.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {AIRFLOW__CORE__LOAD_EXAMPLES: "False"}\n');
  write('manifests/web/app.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: airflow-ish}\n');

  it('applies to image and manifests projects whose files configure Airflow, and only those', () => {
    expect(configuresAirflow(project('images', 'af'))).toBe(true);
    expect(configuresAirflow(project('images', 'web'))).toBe(false);
    expect(configuresAirflow(project('manifests', 'af'))).toBe(true);
    expect(configuresAirflow(project('manifests', 'web'))).toBe(false);
    expect(configuresAirflow(project('images', 'missing'))).toBe(false);
    expect(appliesTo(airflow, project('manifests', 'af'))).toBe(true);
  });

  it('passes the project as paths (manifests) or dockerfile (images), cached on its files, part of security', () => {
    expect(airflow.options(project('manifests', 'af'))).toEqual({ paths: ['manifests/af'] });
    expect(airflow.options(project('images', 'af'))).toEqual({ dockerfile: 'images/af/Dockerfile' });
    expect(airflow.inputs(project('images', 'af'))).toEqual(['{projectRoot}/**/*']);
    expect(airflow.inputs(project('manifests', 'af'))).toContain('{projectRoot}/**/*.yaml');
    expect(airflow.security).toBe(true);
  });
});
