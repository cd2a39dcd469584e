import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDockerfile, versionOf } from './dockerfile.js';

const SHIPPED = new URL('../../../images/airflow/Dockerfile', import.meta.url);

describe('readDockerfile', () => {
  it('reads the shipped image: version from the apache-airflow pin, ENV of the final stage through its parent', () => {
    const img = readDockerfile(readFileSync(SHIPPED, 'utf8'), 'images/airflow/Dockerfile');
    expect(img.version).toMatchObject({ text: '3.1.8', major: 3 });
    expect(img.version?.source).toMatch(/apache-airflow pin/);
    expect(img.env.get('AIRFLOW__CORE__LOAD_EXAMPLES')?.value).toBe('False');
    expect(img.env.get('AIRFLOW_HOME')?.value).toBe('/opt/airflow');
    expect(img.airflow).toBe(true);
    expect(img.official).toBe(false);
  });

  it('takes the version from an official image tag and knows the official base', () => {
    const img = readDockerfile('ARG V=2.9.3\nFROM apache/airflow:${V}-python3.11\nENV AIRFLOW__WEBSERVER__SECRET_KEY=abc\n', 'Dockerfile');
    expect(img.version).toMatchObject({ text: '2.9.3', major: 2 });
    expect(img.official).toBe(true);
    expect(img.env.get('AIRFLOW__WEBSERVER__SECRET_KEY')).toEqual({ value: 'abc', line: 3 });
  });

  it('reads an airflow.cfg the final stage copies from the build context, never outside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-airflow-df-'));
    writeFileSync(join(dir, 'airflow.cfg'), '[core]\nload_examples = True\n');
    const img = readDockerfile('FROM python:3.11\nENV AIRFLOW_HOME=/opt/airflow\nCOPY airflow.cfg /opt/airflow/\nCOPY ../../etc/passwd /opt/airflow/airflow.cfg\n', 'Dockerfile', dir);
    expect(img.cfg?.text).toContain('load_examples = True');
    expect(img.problems.map((p) => p.line)).toEqual([4]);
  });

  it('finds airflow.cfg copied as a folder\'s content, to a relative destination (WORKDIR), to AIRFLOW_HOME without a slash, or to AIRFLOW_CONFIG', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-airflow-df-'));
    mkdirSync(join(dir, 'config'));
    writeFileSync(join(dir, 'config', 'airflow.cfg'), '[core]\nload_examples = True\n');
    writeFileSync(join(dir, 'custom.cfg'), '[core]\nexpose = 1\n');
    const cases: [string, string | undefined][] = [
      ['FROM python:3.11\nCOPY config/ /opt/airflow/\n', 'config/airflow.cfg'],
      ['FROM python:3.11\nWORKDIR /opt\nWORKDIR airflow\nCOPY config/airflow.cfg .\n', 'config/airflow.cfg'],
      ['FROM python:3.11\nCOPY config/airflow.cfg /opt/airflow\n', 'config/airflow.cfg'],
      ['FROM python:3.11\nENV AIRFLOW_CONFIG=/etc/airflow/main.cfg\nCOPY custom.cfg /etc/airflow/main.cfg\n', 'custom.cfg'],
      ['FROM python:3.11\nCOPY config/airflow.cfg /opt/other/\n', undefined],
      ['FROM python:3.11\nCOPY config /opt/\n', undefined],
    ];
    for (const [text, file] of cases) expect(readDockerfile(text, 'Dockerfile', dir).cfg?.file.replace(`${dir}/`, ''), text).toBe(file);
  });

  it('an ENV from a build argument without a default is given at build time: marked, not a value; with a default it is the value', () => {
    const img = readDockerfile('ARG KEY\nARG MODE=False\nFROM python:3.11\nARG KEY\nARG MODE\nENV AIRFLOW__CORE__FERNET_KEY=$KEY AIRFLOW__CORE__LOAD_EXAMPLES=${MODE}\nENV COPY_OF_KEY=prefix-${KEY}\n', 'Dockerfile');
    expect(img.env.get('AIRFLOW__CORE__FERNET_KEY')).toMatchObject({ value: '$KEY', buildArgs: ['KEY'] });
    expect(img.env.get('AIRFLOW__CORE__LOAD_EXAMPLES')).toEqual({ value: 'False', line: 6 });
    expect(img.env.get('COPY_OF_KEY')).toMatchObject({ value: 'prefix-$KEY', buildArgs: ['KEY'] });
  });

  it('parses versions and rejects what is not one', () => {
    expect(versionOf('3.1.8-python3.11', 'x')?.major).toBe(3);
    expect(versionOf('latest', 'x')).toBeUndefined();
  });
});
