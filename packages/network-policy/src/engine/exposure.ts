import type { ConnSet } from '../model/connset.js';
import type { Workload } from '../model/types.js';
import type { PolicyIndex } from './index.js';

export interface ExposureLine {
  workload: Workload;
  peer: string;
  conn: ConnSet;
}
export interface Exposure {
  egress: ExposureLine[];
  ingress: ExposureLine[];
  unprotected: { workload: Workload; direction: 'Egress' | 'Ingress' }[];
}
export function computeExposure(_index: PolicyIndex): Exposure {
  return { egress: [], ingress: [], unprotected: [] };
}
