import { describe, expect, it } from 'vitest';
import { ConnSet } from '../model/connset.js';
import { renderListJson, renderListTxt } from './np-guard.js';

const conns = [{ src: 'n/a[Pod]', dst: 'n/b[Pod]', conn: ConnSet.ports('TCP', 80, 80) }];

describe('np-guard list formats', () => {
  it('prints SRC => DST : CONNS lines and the JSON array', () => {
    expect(renderListTxt(conns)).toBe('n/a[Pod] => n/b[Pod] : TCP 80\n');
    expect(JSON.parse(renderListJson(conns))).toEqual([{ src: 'n/a[Pod]', dst: 'n/b[Pod]', conn: 'TCP 80' }]);
    expect(renderListTxt([])).toBe('');
    expect(JSON.parse(renderListJson([]))).toEqual([]);
  });
});
