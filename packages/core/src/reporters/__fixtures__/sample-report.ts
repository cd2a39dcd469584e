import { createReport, type Report } from '../../model.js';

/** A report with every feature a reporter must render: severities, statuses, objects, errors, notices. */
export function sampleReport(): Report {
  return createReport([
    {
      check: 'dockerfile-lint',
      target: '/ws/images/airflow/Dockerfile',
      engine: 'builtin',
      findings: [
        { ruleId: 'DL3008', severity: 'medium', message: 'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`', status: 'fail', location: { file: '/ws/images/airflow/Dockerfile', line: 12, column: 1 }, helpUri: 'https://github.com/hadolint/hadolint/wiki/DL3008' },
        { ruleId: 'DL3007', severity: 'high', message: 'Using latest is prone to errors', status: 'suppressed', location: { file: '/ws/images/airflow/Dockerfile', line: 1 }, suppression: { source: 'waiver', justification: 'tracked in JIRA-1 & <fixed> "soon"', expires: '2099-01-01' } },
      ],
    },
    {
      check: 'compliance',
      target: '/ws/manifests/airflow',
      engine: 'kube-score',
      engineVersion: '1.20.0',
      findings: [
        { ruleId: 'container-image-tag', severity: 'high', message: 'Image with latest tag', status: 'fail', location: { file: '/ws/manifests/airflow/scheduler.yaml', line: 3 }, object: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'airflow', name: 'scheduler' }, resolution: 'Use a specific tag' },
        { ruleId: 'pod-probes', severity: 'info', message: 'ok', status: 'pass', object: { kind: 'Deployment', name: 'scheduler' } },
      ],
      notices: [{ level: 'info', message: '2 unknown objects passed over' }],
    },
    { check: 'image-scan', target: 'airflow:dev', engine: 'builtin', findings: [], error: 'no OSV database configured' },
  ]);
}
