import { describe, expect, it } from 'vitest';
import { container, gradeOf, pod } from './__fixtures__/build.js';
import check from './container-image-pull-policy.js';

describe('container-image-pull-policy', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('container-image-pull-policy'));
  it("OK with Always", () => expect(gradeOf('container-image-pull-policy', [pod()])).toBe('OK'));
  it("CRITICAL with IfNotPresent", () => expect(gradeOf('container-image-pull-policy', [pod({ containers: [container({ imagePullPolicy: 'IfNotPresent' })] })])).toBe('CRITICAL'));
  it("CRITICAL when unset with a fixed tag", () => expect(gradeOf('container-image-pull-policy', [pod({ containers: [container({ imagePullPolicy: undefined })] })])).toBe('CRITICAL'));
  it("unset with latest defaults to Always", () => expect(gradeOf('container-image-pull-policy', [pod({ containers: [container({ image: 'nginx:latest', imagePullPolicy: undefined })] })])).toBe('OK'));
});
