import { describe, expect, it } from 'vitest';
import { dockerignoreInputs, imageBuild } from './image-build.js';

const p = { name: 'airflow-image', root: 'images/airflow', kind: 'images' as const, workspaceRoot: '/ws' };

describe('image-build target', () => {
  it('builds the project folder and is not itself a security check', () => {
    expect(imageBuild.options(p)).toMatchObject({ context: 'images/airflow', dockerfile: 'images/airflow/Dockerfile' });
    expect(imageBuild.security).toBe(false);
    expect(imageBuild.appliesTo).toBe('images');
  });
});

describe('image-build inputs', () => {
  it('honours .dockerignore and hashes the base image ids, with nx.json build args', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const ws = mkdtempSync(join(tmpdir(), 'fc-ib-'));
    try {
      mkdirSync(join(ws, 'images/airflow'), { recursive: true });
      writeFileSync(join(ws, 'images/airflow/Dockerfile'), 'ARG BASE_IMAGE=python:3.11\nFROM ${BASE_IMAGE} AS airflow-user\nFROM airflow-user AS airflow\n');
      writeFileSync(join(ws, 'images/airflow/.dockerignore'), '# c\n*.md\n!README.md\n');
      writeFileSync(join(ws, 'nx.json'), JSON.stringify({ plugins: [{ plugin: '@flightcheck/nx-plugin', options: { targetOptions: { 'image-build': { buildArgs: { BASE_IMAGE: 'flightcheck/python-base:bookworm' } } } } }] }));
      const inputs = imageBuild.inputs({ ...p, workspaceRoot: ws });
      expect(inputs).toContain('!{projectRoot}/*.md');
      expect(JSON.stringify(inputs)).toContain("docker image inspect --format \\\"{{.Id}}\\\" 'flightcheck/python-base:bookworm'");
      expect(imageBuild.extra?.outputs).toContain('{workspaceRoot}/dist/flightcheck/{projectName}/image.json');
      // "*" (only what is copied) would leave the Dockerfile out of the hash: a changed Dockerfile must rebuild
      writeFileSync(join(ws, 'images/airflow/.dockerignore'), '*\n!healthcheck.py\nDocker*\n*.md\n');
      expect(dockerignoreInputs(ws, 'images/airflow')).toEqual(['!{projectRoot}/*.md']);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
