import { describe, expect, it } from 'vitest';
import { embeddedPods } from './embedded.js';
import { parseManifestText } from './manifests.js';

const TEXT = `apiVersion: v1
kind: ConfigMap
metadata:
  name: tpl
  namespace: airflow
data:
  other: "x"
  pod_template_file.yaml: |
    apiVersion: v1
    kind: Pod
    metadata:
      name: placeholder
    spec:
      containers:
        - name: base
          securityContext:
            privileged: true
`;

describe('pod templates embedded in ConfigMaps', () => {
  it('finds the Pod, in the ConfigMap namespace, at the outer file lines', () => {
    const { objects } = parseManifestText(TEXT, 'cm.yaml');
    const { pods, problems } = embeddedPods(objects);
    expect(problems).toEqual([]);
    expect(pods).toHaveLength(1);
    const p = pods[0]!;
    expect(p.file).toBe('cm.yaml');
    expect(p.metadata.namespace).toBe('airflow');
    expect(p.pod?.namespace).toBe('airflow');
    expect(p.line).toBe(9);
    expect(p.lineOf(['spec', 'containers', 0, 'securityContext', 'privileged'])).toBe(17);
  });
  it('reports a template that does not parse', () => {
    const bad = TEXT.replace('privileged: true', 'privileged: [true');
    const { problems } = embeddedPods(parseManifestText(bad, 'cm.yaml').objects);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/invalid YAML/);
  });
});
