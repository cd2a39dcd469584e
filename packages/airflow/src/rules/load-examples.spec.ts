import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { deployment } from './__fixtures__/pod.js';
import { loadExamples } from './load-examples.js';

testRule(loadExamples, parseSubject, {
  valid: [
    { name: 'false in the environment', code: deployment({ args: 'scheduler', env: { AIRFLOW__CORE__LOAD_EXAMPLES: 'False' } }) },
    { name: 'unset in manifests: the image decides', code: deployment({ args: 'scheduler' }) },
    { name: 'official image base sets it false', code: 'FROM apache/airflow:3.1.8\nUSER airflow\n', file: 'Dockerfile' },
    { name: 'own image that turns it off', code: 'FROM python:3.11\nRUN pip install apache-airflow==3.1.8\nENV AIRFLOW__CORE__LOAD_EXAMPLES=False\n', file: 'Dockerfile' },
  ],
  invalid: [
    { name: 'true in the environment', code: deployment({ args: 'scheduler', env: { AIRFLOW__CORE__LOAD_EXAMPLES: 'True' } }), errors: [{ messageId: 'enabled', line: 13 }] },
    { name: 'true in a Dockerfile ENV', code: 'FROM apache/airflow:2.10.5\nENV AIRFLOW__CORE__LOAD_EXAMPLES=true\n', file: 'Dockerfile', errors: [{ messageId: 'enabled', line: 2 }] },
    { name: 'own image leaves the default', code: 'FROM python:3.11\nRUN pip install apache-airflow==3.1.8\n', file: 'Dockerfile', errors: [{ messageId: 'defaulted', line: 1 }] },
  ],
});
