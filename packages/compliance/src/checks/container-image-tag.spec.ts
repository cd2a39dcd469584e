import { describe, expect, it } from 'vitest';
import { container, gradeOf, pod } from './__fixtures__/build.js';
import check from './container-image-tag.js';

describe('container-image-tag', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('container-image-tag'));
  it("OK with a fixed tag", () => expect(gradeOf('container-image-tag', [pod()])).toBe('OK'));
  it("CRITICAL with latest", () => expect(gradeOf('container-image-tag', [pod({ containers: [container({ image: 'nginx:latest' })] })])).toBe('CRITICAL'));
  it("CRITICAL without a tag", () => expect(gradeOf('container-image-tag', [pod({ containers: [container({ image: 'nginx' })] })])).toBe('CRITICAL'));
  it("a registry port reads as a tag (kube-score quirk)", () => expect(gradeOf('container-image-tag', [pod({ containers: [container({ image: 'host:5000/nginx' })] })])).toBe('OK'));
});
