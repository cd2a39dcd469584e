import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('package entry', () => {
  it('exports the engine, the checks and the formats', () => {
    expect(api.ALL_CHECKS).toHaveLength(39);
    expect(typeof api.runCompliance).toBe('function');
    expect(typeof api.renderKubeScoreJson).toBe('function');
  });
});
