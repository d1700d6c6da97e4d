import { describe, expect, it } from 'vitest';
import { MAX_CHARS, MAX_LINES, MAX_SHOWS, outputSink } from '../../../src/cells/outputSink';
import { neutralise } from '../../../src/cells/neutralise';
import { preview } from '../../../src/cells/preview';
import { showView } from '../../../src/cells/showView';
import { tensor } from '../../../src/kernels/tensor';
import { shapesSample } from '../../../src/models/data/shapes';
import type { WorkerMessage } from '../../../src/cells/types';

describe('output limits', () => {
  const collect = () => {
    const msgs: WorkerMessage[] = [];
    return { msgs, sink: outputSink((m) => msgs.push(m)) };
  };

  it(`keeps ${MAX_LINES} lines, then one truncation notice, then nothing`, () => {
    const { msgs, sink } = collect();
    for (let i = 0; i < 3 * MAX_LINES; i++) sink.console.log('line', i);
    expect(msgs.filter((m) => m.kind === 'log').length).toBe(MAX_LINES);
    const notes = msgs.filter((m) => m.kind === 'truncated');
    expect(notes.length).toBe(1);
    expect(msgs[msgs.length - 1].kind).toBe('truncated');
  });

  it(`stops at ${MAX_CHARS / 1000} kB of text however few the lines`, () => {
    const { msgs, sink } = collect();
    for (let i = 0; i < 200; i++) sink.console.log('x'.repeat(1900));
    const chars = msgs.reduce((a, m) => a + (m.kind === 'log' ? m.text.length : 0), 0);
    expect(chars).toBeLessThanOrEqual(MAX_CHARS);
    expect(msgs.some((m) => m.kind === 'truncated' && /kB/.test(m.note))).toBe(true);
  });

  it(`draws at most ${MAX_SHOWS} show() calls`, () => {
    const { msgs, sink } = collect();
    for (let i = 0; i < MAX_SHOWS + 5; i++) sink.show([1, 2, 3]);
    expect(msgs.filter((m) => m.kind === 'show').length).toBe(MAX_SHOWS);
  });
});

describe('show(value) picks a view', () => {
  it('a [H,W] tensor is a heatmap; [1,1,H,W] too', () => {
    expect(showView(tensor([2, 3]))).toMatchObject({ kind: 'heatmap', rows: 2, cols: 3 });
    expect(showView(tensor([1, 1, 4, 5]))).toMatchObject({ kind: 'heatmap', rows: 4, cols: 5 });
  });

  it('a [3,H,W] or [1,3,H,W] tensor, or a shapes-world sample, is an RGB image', () => {
    expect(showView(tensor([3, 4, 5]))).toMatchObject({ kind: 'image', channels: 3, height: 4, width: 5 });
    expect(showView(tensor([1, 3, 4, 5]))).toMatchObject({ kind: 'image', channels: 3, height: 4, width: 5 });
    expect(showView(shapesSample(1, 0, { width: 32, height: 24 }))).toMatchObject({ kind: 'image', height: 24, width: 32 });
  });

  it('a numeric array is a line chart; arrays of arrays and of objects are tables', () => {
    expect(showView([3, 1, 2])).toMatchObject({ kind: 'line' });
    expect(showView(new Float32Array([1, 2]))).toMatchObject({ kind: 'line' });
    expect(
      showView([
        [1, 2],
        [3, 4],
      ]),
    ).toMatchObject({
      kind: 'table',
      columns: ['0', '1'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
    });
    expect(showView([{ a: 1 }, { a: 2, b: 'x' }])).toMatchObject({
      kind: 'table',
      columns: ['a', 'b'],
      rows: [
        ['1', ''],
        ['2', 'x'],
      ],
    });
  });

  it('anything else is text; a tensor too large to draw says so', () => {
    expect(showView({ a: 1 })).toMatchObject({ kind: 'text', text: '{ a: 1 }' });
    expect(showView(tensor([1025, 1025]))).toMatchObject({ kind: 'text' });
  });
});

describe('preview survives hostile values', () => {
  it('cycles, throwing getters and huge arrays', () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    expect(preview(a)).toBe('{ x: 1, self: [circular] }');
    const trap = Object.defineProperty({}, 'bad', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    expect(preview(trap)).toMatch(/unprintable/);
    expect(preview(new Float32Array(1e5))).toMatch(/^Float32Array\(100000\) \[0, 0, .*… 99988 more\]$/);
    expect(preview('x'.repeat(10000), 50).length).toBe(50);
  });
});

describe('neutralise', () => {
  it('removes names from the object and every prototype, and pins them to undefined', () => {
    const proto = { fetch: () => 'network', indexedDB: {} };
    const mid = Object.create(proto, { WebSocket: { value: class {}, configurable: true, writable: true } });
    const scope = Object.create(mid, { Worker: { value: class {}, configurable: true, writable: true } });
    expect(neutralise(scope, ['fetch', 'indexedDB', 'WebSocket', 'Worker'])).toEqual([]);
    for (const n of ['fetch', 'indexedDB', 'WebSocket', 'Worker']) expect(scope[n], n).toBeUndefined();
    expect(Object.getPrototypeOf(Object.getPrototypeOf(scope)).fetch).toBeUndefined();
    expect(() => {
      'use strict';
      scope.fetch = () => 'back';
    }).toThrow();
  });
});
