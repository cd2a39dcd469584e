import { describe, expect, it } from 'vitest';
import type { Component } from '../../component.js';
import { at, optionText, PerSource } from './findings.js';

const comp = (label: string) => ({ label }) as Component;

describe('finding helpers', () => {
  it('turns a place into a location and object', () => {
    expect(at({ file: 'a.yaml', line: 3, object: { kind: 'ConfigMap', name: 'x' } })).toEqual({ location: { file: 'a.yaml', line: 3 }, object: { kind: 'ConfigMap', name: 'x' } });
    expect(optionText({ option: { section: 'api', key: 'secret_key' } })).toBe('[api] secret_key');
  });

  it('groups one value read by several components into one finding', () => {
    const g = new PerSource<string>();
    const w = { file: 'a.yaml', line: 3 };
    g.add(w, 'k', comp('scheduler'), 'x');
    g.add(w, 'k', comp('api-server'), 'x');
    g.add(w, 'k', comp('api-server'), 'x');
    g.add({ file: 'a.yaml', line: 4 }, 'k', comp('triggerer'), 'y');
    const out: string[] = [];
    g.each((item, cs) => out.push(`${item}:${cs}`));
    expect(out).toEqual(['x:scheduler; api-server', 'y:triggerer']);
  });
});
