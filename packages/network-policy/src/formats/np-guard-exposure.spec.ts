import { describe, expect, it } from 'vitest';
import { ConnSet } from '../model/connset.js';
import type { Workload } from '../model/types.js';
import { renderExposureJson, renderExposureTxt } from './np-guard-exposure.js';

const w = (display: string) => ({ display }) as Workload;

describe('np-guard exposure formats', () => {
  it('pads the workload column, leaves out empty sections, writes null for an empty JSON list', () => {
    const e = { egress: [], ingress: [{ workload: w('n/long-name[Deployment]'), peer: 'entire-cluster', conn: ConnSet.ALL }, { workload: w('n/a[Pod]'), peer: 'x/[all pods]', conn: ConnSet.ports('TCP', 80, 80) }], unprotected: [{ workload: w('n/a[Pod]'), direction: 'Ingress' as const }] };
    expect(renderExposureTxt([], e)).toBe('Exposure Analysis Result:\nIngress Exposure:\nn/long-name[Deployment] \t<= \tentire-cluster : All Connections\nn/a[Pod]                \t<= \tx/[all pods] : TCP 80\n\nWorkloads not protected by network policies:\nn/a[Pod] is not protected on Ingress\n');
    const j = JSON.parse(renderExposureJson([], e));
    expect(j.exposure_results.egress_exposure).toBeNull();
    expect(j.exposure_results.ingress_exposure[1]).toEqual({ src: 'x/[all pods]', dst: 'n/a[Pod]', conn: 'TCP 80' });
  });
});
