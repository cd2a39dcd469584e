import { describe, expect, it } from 'vitest';
import { fixtureMark, isTestPath } from './fixture.js';

describe('isTestPath', () => {
  it.each(['packages/a/test/x.yaml', 'test/fixtures/a.env', 'src/__tests__/a.ts', 'packages/k8s/test/fixtures/x.yaml', 'src/rules/jwt.spec.ts', 'tools/e2e/fixtures/.env', 'pkg/testdata/key.pem', 'a.test.mjs'])('%s is a test path', (f) => expect(isTestPath(f)).toBe(true));
  it.each(['manifests/airflow/secret.yaml', 'src/testing.ts', 'contest/a.yaml', 'latest/values.yaml', 'src/spec.ts'])('%s is not', (f) => expect(isTestPath(f)).toBe(false));
});

describe('fixtureMark', () => {
  it('reads the reason of a marker in the first lines, in any comment style', () => {
    expect(fixtureMark(['# flightcheck:fake-secrets planted for the corpus', 'a: 1'], 'test/a.yaml')).toEqual({ reason: 'planted for the corpus' });
    expect(fixtureMark(['// comment', '', '// flightcheck:fake-secrets fake tokens */'], 'src/x.spec.ts')).toEqual({ reason: 'fake tokens' });
    expect(fixtureMark(['<!-- flightcheck:fake-secrets demo -->'], 'test/a.html')).toEqual({ reason: 'demo' });
  });

  it('has none below the header, and ignores a marker without a reason or outside a test path (saying why)', () => {
    expect(fixtureMark(['a', 'b', 'c', 'd', 'e', '# flightcheck:fake-secrets too late'], 'test/a.yaml')).toBeUndefined();
    expect(fixtureMark(['token: x # flightcheck:fake-secrets not a header', ' * a file says `# flightcheck:fake-secrets <reason>`'], 'test/a.yaml')).toBeUndefined();
    expect(fixtureMark(['# flightcheck:fake-secrets'], 'test/a.yaml')).toEqual({ ignored: expect.stringMatching(/without a reason/) });
    expect(fixtureMark(['# flightcheck:fake-secrets not really'], 'manifests/airflow/s.yaml')).toEqual({ ignored: expect.stringMatching(/^manifests\/airflow\/s\.yaml: .*only in test files/) });
  });
});
