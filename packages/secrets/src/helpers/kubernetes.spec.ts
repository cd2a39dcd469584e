import { describe, expect, it } from 'vitest';
import { parseSubject } from '../subject.js';
import { environmentValues, objectRef, secretEntries } from './kubernetes.js';

describe('kubernetes helpers', () => {
  it('reads the object reference', () => {
    const [doc] = parseSubject('apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: airflow\n', 's.yaml').yaml();
    expect(objectRef(doc!)).toEqual({ apiVersion: 'v1', kind: 'Secret', name: 'db', namespace: 'airflow' });
  });

  it('finds literal env values in any container list, with the line of the value', () => {
    const yaml = 'kind: Deployment\nspec:\n  template:\n    spec:\n      initContainers:\n        - env:\n            - name: A\n              value: one\n            - name: B\n              valueFrom: {secretKeyRef: {name: s, key: k}}\n';
    expect(environmentValues(parseSubject(yaml, 'd.yaml').yaml()[0]!)).toEqual([{ name: 'A', value: 'one', line: 8 }]);
  });

  it('reads Compose environment maps and lists', () => {
    const yaml = 'services:\n  a:\n    environment:\n      X: "1"\n  b:\n    environment:\n      - Y=2\n';
    expect(environmentValues(parseSubject(yaml, 'compose.yaml').yaml()[0]!)).toEqual([{ name: 'X', value: '1', line: 4 }, { name: 'Y', value: '2', line: 7 }]);
  });

  it('lists Secret data and stringData entries', () => {
    const yaml = 'kind: Secret\ndata:\n  a: Zm9v\n  empty: ""\nstringData:\n  b: bar\n';
    expect(secretEntries(parseSubject(yaml, 's.yaml').yaml()[0]!)).toEqual([{ field: 'data', name: 'a', value: 'Zm9v', line: 3 }, { field: 'stringData', name: 'b', value: 'bar', line: 6 }]);
  });
});
