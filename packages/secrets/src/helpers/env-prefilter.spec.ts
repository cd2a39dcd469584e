import { describe, expect, it } from 'vitest';
import { mayHaveLiteralEnvCredential } from './env-prefilter.js';

const pod = (env: string) => `kind: Pod\nspec:\n  containers:\n    - name: web\n      image: x\n      env:\n${env}`;

describe('mayHaveLiteralEnvCredential', () => {
  it('says yes for a literal value of a credential-like name, in any key order or flow style', () => {
    expect(mayHaveLiteralEnvCredential(pod('        - name: DB_PASSWORD\n          value: x\n'))).toBe(true);
    expect(mayHaveLiteralEnvCredential(pod('        - value: x\n          name: DB_PASSWORD\n'))).toBe(true);
    expect(mayHaveLiteralEnvCredential(pod('        - {name: API_TOKEN, value: x}\n'))).toBe(true);
    expect(mayHaveLiteralEnvCredential('services:\n  a:\n    environment:\n      - X=1\n')).toBe(true);
  });

  it('says no for secretKeyRef, and for literal values of other names in the same container', () => {
    expect(mayHaveLiteralEnvCredential(pod('        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef: {name: db, key: password}\n        - name: MODE\n          value: prod\n'))).toBe(false);
  });
});
