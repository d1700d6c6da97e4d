import { describe, expect, it } from 'vitest';
import Matrix from '../../../src/viz/Matrix.svelte';
import Heatmap from '../../../src/viz/Heatmap.svelte';
import PixelGrid from '../../../src/viz/PixelGrid.svelte';
import ImageCanvas from '../../../src/viz/ImageCanvas.svelte';
import BoxOverlay from '../../../src/viz/BoxOverlay.svelte';
import LineChart from '../../../src/viz/LineChart.svelte';
import Scatter from '../../../src/viz/Scatter.svelte';
import CurveChart from '../../../src/viz/CurveChart.svelte';
import Plot from '../../../src/viz/Plot.svelte';
import { markup } from './ssr';

/**
 * The viz primitives' markup (SVG, tables, labels) as committed snapshots, rendered with
 * svelte/server: a change to what a primitive draws shows up as a diff to review. After an
 * intended change, update with `npx vitest run --project unit tests/unit/viz -u` and read the diff.
 */
const file = (name: string) => `./__snapshots__/${name}.html`;

describe('viz snapshots', () => {
  it('Matrix: numbers coloured by value, labels, one highlighted cell, one tab stop', async () => {
    const html = markup(Matrix, {
      values: [
        [0.1, -2, 3],
        [4, 5.5, 6],
      ],
      rowLabels: ['r0', 'r1'],
      colLabels: ['a', 'b', 'c'],
      label: 'm',
      digits: 2,
      highlight: { row: 1, col: 2 },
    });
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    await expect(html).toMatchFileSnapshot(file('Matrix'));
  });

  it('Matrix with a fixed domain and the diverging colormap', async () => {
    await expect(markup(Matrix, { values: [[-1, 0, 1]], label: 'w', colormap: 'diverging', domain: [-1, 1] })).toMatchFileSnapshot(file('Matrix.diverging'));
  });

  it('Heatmap: the pixel grid with its cursor, the legend from the value range, the readout', async () => {
    const values = Float32Array.from({ length: 12 }, (_, i) => i / 11);
    await expect(markup(Heatmap, { values, rows: 3, cols: 4, label: 'P', cellPx: 10, cursor: { row: 1, col: 2 } })).toMatchFileSnapshot(file('Heatmap'));
  });

  it('PixelGrid: grid lines at every cell edge and the cursor, as SVG over the canvas', async () => {
    const rgba = new Uint8ClampedArray(2 * 3 * 4);
    await expect(markup(PixelGrid, { rgba, rows: 2, cols: 3, cellPx: 12, cursor: { row: 0, col: 1 }, label: 'g' })).toMatchFileSnapshot(file('PixelGrid'));
  });

  it('PixelGrid without grid lines, and out of the Tab order, for a thumbnail', async () => {
    const html = markup(PixelGrid, { rgba: new Uint8ClampedArray(16), rows: 2, cols: 2, cellPx: 4, label: 't', focusable: false });
    expect(html).not.toContain('tabindex');
    await expect(html).toMatchFileSnapshot(file('PixelGrid.thumbnail'));
  });

  it('ImageCanvas: an RGB image at its display size with the cursor and caption', async () => {
    const data = Float32Array.from({ length: 3 * 4 }, (_, i) => (i % 4) / 3);
    await expect(
      markup(ImageCanvas, { data, channels: 3, height: 2, width: 2, label: 'img', displayWidth: 64, cursor: { row: 1, col: 1 } }),
    ).toMatchFileSnapshot(file('ImageCanvas'));
  });

  it('BoxOverlay: each box a slider with its corners as grips, sized to the bounds', async () => {
    await expect(
      markup(BoxOverlay, {
        boxes: [
          { x1: 1, y1: 2, x2: 5, y2: 6 },
          { x1: 0, y1: 0, x2: 8, y2: 4 },
        ],
        bounds: { width: 8, height: 8 },
        labels: ['RoI'],
      }),
    ).toMatchFileSnapshot(file('BoxOverlay'));
  });

  it('LineChart: a log-scale loss curve (non-positive and non-finite points left out) and a second series', async () => {
    await expect(
      markup(LineChart, {
        series: [
          {
            name: 'loss',
            points: [
              { x: 0, y: 2 },
              { x: 1, y: 0.5 },
              { x: 2, y: 0 },
              { x: 3, y: Infinity },
              { x: 4, y: 0.1 },
            ],
          },
          {
            name: 'val',
            color: 'red',
            points: [
              { x: 0, y: 1 },
              { x: 4, y: 0.2 },
            ],
          },
        ],
        xLabel: 'step',
        yLabel: 'loss',
        logY: true,
        width: 300,
        height: 150,
      }),
    ).toMatchFileSnapshot(file('LineChart'));
  });

  it('Scatter: labelled points coloured by group, one tab stop', async () => {
    const html = markup(Scatter, {
      points: [
        { x: 0, y: 0, label: 'I1', group: 0 },
        { x: 1, y: 2, label: 'T1', group: 1 },
        { x: -1, y: 1, label: 'I2', group: 0 },
      ],
      label: 'map',
      width: 200,
      height: 160,
    });
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    await expect(html).toMatchFileSnapshot(file('Scatter'));
  });

  it('CurveChart: two named curves on a log x axis, every point one stop of a single tab stop, a legend of both', async () => {
    const html = markup(CurveChart, {
      curves: [
        {
          name: 'accuracy',
          points: [
            { x: 10, y: 0.5, label: 'b0' },
            { x: 100, y: 0.7, label: 'b1' },
          ],
        },
        { name: 'paper', dashed: true, points: [{ x: 50, y: 0.6, label: 'p' }] },
      ],
      xLabel: 'FLOPs',
      yLabel: 'accuracy',
      logX: true,
      width: 300,
      height: 160,
    });
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    await expect(html).toMatchFileSnapshot(file('CurveChart'));
  });

  it('Plot: a curve, points with error bars, a band and a marker, one tab stop whose readout says how to use it', async () => {
    const html = markup(Plot, {
      series: [
        {
          name: 'theory',
          kind: 'dashed',
          points: [
            { x: 1, y: 1 },
            { x: 4, y: 2 },
          ],
        },
        { name: 'simulated', kind: 'points', points: [{ x: 2, y: 1.5, lo: 1.2, hi: 1.8 }] },
      ],
      bands: [{ from: 2, to: 3, label: 'slow' }],
      marker: { x: 3, label: 'limit' },
      label: 'latency against load',
      xLabel: 'load',
      yLabel: 'latency',
      width: 300,
      height: 160,
    });
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    await expect(html).toMatchFileSnapshot(file('Plot'));
  });
});
