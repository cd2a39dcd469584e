import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { FLOW, MAP, NodeRecorder, SCALAR, SEQ, type NodeRecords } from './node-records.js';

/** Reads `text` with js-yaml, feeding a recorder: the records as [line, depth, kind]. */
function read(rec: NodeRecorder, text: string, base = 1): NodeRecords {
  rec.begin(base);
  load(text, { listener: (e, s) => (e === 'open' ? rec.onOpen(s) : rec.onClose(s)) });
  return rec.end();
}
const rows = (r: NodeRecords) => {
  const out: number[][] = [];
  for (let i = r.from; i < r.to; i += 2) out.push([r.buf[i]!, r.buf[i + 1]! >> 2, r.buf[i + 1]! & 3]);
  return out;
};

describe('NodeRecorder', () => {
  it('records each node as it closes: its line, depth and kind (a flow collection on the line of its bracket)', () => {
    const r = read(new NodeRecorder(), 'a: 1\nb:\n- x\nc:\n  [1]\n', 10);
    // js-yaml opens a node for a block entry and the scalar in it, and a value node around a flow collection
    expect(rows(r)).toEqual([
      [10, 1, SCALAR], [10, 1, SCALAR], // a: 1
      [11, 1, SCALAR], [12, 3, SCALAR], [12, 2, SCALAR], [11, 1, SEQ], // b: [x], the sequence opened on the key's line
      [13, 1, SCALAR], [14, 3, SCALAR], [14, 2, FLOW], [14, 1, FLOW], // c: [1] on the next line
      [10, 0, MAP],
    ]);
    expect(r.values).toBeUndefined();
  });

  it('keeps the scalars\' values when asked (the key names of a re-read)', () => {
    const r = read(new NodeRecorder(true), 'k: v\nn: 2\n');
    expect(r.values).toEqual(['k', 'v', 'n', 2, undefined]);
  });

  it('grows without moving the records of the documents already read', () => {
    const rec = new NodeRecorder();
    const first = read(rec, 'a: 1\n');
    const before = rows(first);
    const big = Array.from({ length: 3000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const second = read(rec, big, 5);
    expect(rows(first)).toEqual(before);
    expect((second.to - second.from) / 2).toBe(6001);
    expect(rows(second).at(-1)).toEqual([5, 0, MAP]);
    expect(rows(second)[5999]).toEqual([3004, 1, SCALAR]);
  });
});
