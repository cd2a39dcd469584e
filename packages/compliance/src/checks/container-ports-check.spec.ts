import { describe, expect, it } from 'vitest';
import { container, gradeOf, pod } from './__fixtures__/build.js';
import check from './container-ports-check.js';

describe('container-ports-check', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('container-ports-check'));
  it("OK with named ports", () => expect(gradeOf('container-ports-check', [pod({ containers: [container({ ports: [{ name: 'http', containerPort: 80 }] })] })])).toBe('OK'));
  it("CRITICAL on duplicate names", () => expect(gradeOf('container-ports-check', [pod({ containers: [container({ ports: [{ name: 'http', containerPort: 80 }, { name: 'http', containerPort: 81 }] })] })])).toBe('CRITICAL'));
  it("CRITICAL on a long name", () => expect(gradeOf('container-ports-check', [pod({ containers: [container({ ports: [{ name: 'a-very-long-port-name', containerPort: 80 }] })] })])).toBe('CRITICAL'));
  it("CRITICAL without containerPort", () => expect(gradeOf('container-ports-check', [pod({ containers: [container({ ports: [{ name: 'http' }] })] })])).toBe('CRITICAL'));
});
