import { describe, expect, it } from 'vitest';
import { parseSubject } from './subject.js';

describe('parseSubject', () => {
  it('reads a Dockerfile as the image component and YAML as manifests', () => {
    expect(parseSubject('FROM apache/airflow:2.9.3\n', 'images/x/Dockerfile').components.map((c) => c.role)).toEqual(['image']);
    expect(parseSubject('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: apache/airflow:3.0.0, args: [scheduler]}]\n', 'p.yaml').components.map((c) => c.role)).toEqual(['scheduler']);
  });

  it('never throws on input that is neither', () => {
    expect(parseSubject(': : :\n\t- [', 'x.yaml').components).toEqual([]);
    expect(parseSubject('FROM\nENV\nCOPY', 'Dockerfile').components.length).toBe(1);
  });
});
