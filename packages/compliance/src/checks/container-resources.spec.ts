import { describe, expect, it } from 'vitest';
import { container, gradeOf, pod } from './__fixtures__/build.js';
import check from './container-resources.js';

describe('container-resources', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('container-resources'));
  it("OK with limits and requests", () => expect(gradeOf('container-resources', [pod()])).toBe('OK'));
  it("CRITICAL without a CPU limit", () => expect(gradeOf('container-resources', [pod({ containers: [container({ resources: { limits: { memory: '1Gi' }, requests: { cpu: '1', memory: '1Gi' } } })] })])).toBe('CRITICAL'));
  it("--ignore-container-cpu-limit", () => expect(gradeOf('container-resources', [pod({ containers: [container({ resources: { limits: { memory: '1Gi' }, requests: { cpu: '1', memory: '1Gi' } } })] })], { ignoreContainerCpuLimit: true })).toBe('OK'));
  it("WARNING without requests", () => expect(gradeOf('container-resources', [pod({ containers: [container({ resources: { limits: { cpu: '1', memory: '1Gi' } } })] })])).toBe('WARNING'));
  it("zero limit counts as missing", () => expect(gradeOf('container-resources', [pod({ containers: [container({ resources: { limits: { cpu: '0', memory: '1Gi' }, requests: { cpu: '1', memory: '1Gi' } } })] })])).toBe('CRITICAL'));
  it("CRITICAL with no containers", () => expect(gradeOf('container-resources', [pod({ containers: [] })])).toBe('CRITICAL'));
  it("init containers are checked", () => expect(gradeOf('container-resources', [pod({ initContainers: [container({ name: 'init', resources: {} })] })])).toBe('CRITICAL'));
});
