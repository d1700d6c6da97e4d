import { mutate, type Solutions } from './types';

const solution = `function roiAlignBin(feature: number[][], box: number[], outH: number, outW: number, row: number, col: number, samplingRatio: number): number {
  const h = feature.length;
  const w = feature[0].length;
  const offset = 0.5;
  const [x1, y1, x2, y2] = box.map((v) => v - offset);
  const binH = (y2 - y1) / outH;
  const binW = (x2 - x1) / outW;
  const gridH = samplingRatio > 0 ? samplingRatio : Math.ceil(binH);
  const gridW = samplingRatio > 0 ? samplingRatio : Math.ceil(binW);
  const sample = (y: number, x: number) => {
    if (y < -1 || y > h || x < -1 || x > w) return 0;
    y = Math.max(y, 0);
    x = Math.max(x, 0);
    let y0 = Math.floor(y), x0 = Math.floor(x), y1_ = y0 + 1, x1_ = x0 + 1;
    if (y0 >= h - 1) { y0 = y1_ = h - 1; y = y0; }
    if (x0 >= w - 1) { x0 = x1_ = w - 1; x = x0; }
    const ly = y - y0, lx = x - x0;
    return (1 - ly) * (1 - lx) * feature[y0][x0] + (1 - ly) * lx * feature[y0][x1_] + ly * (1 - lx) * feature[y1_][x0] + ly * lx * feature[y1_][x1_];
  };
  let sum = 0;
  for (let iy = 0; iy < gridH; iy++) {
    for (let ix = 0; ix < gridW; ix++) {
      sum += sample(y1 + row * binH + ((iy + 0.5) * binH) / gridH, x1 + col * binW + ((ix + 0.5) * binW) / gridW);
    }
  }
  return sum / Math.max(gridH * gridW, 1);
}
`;

export const roiAlignBin: Solutions = {
  solution,
  wrong: [
    {
      what: 'not aligned: no half-pixel shift',
      code: mutate(solution, 'const offset = 0.5;', 'const offset = 0;'),
      fails: 'ratio 1: one sample at the bin centre',
    },
    {
      what: 'samples outside the map clamped instead of counting 0',
      code: mutate(solution, 'if (y < -1 || y > h || x < -1 || x > w) return 0;', ''),
      fails: 'box outside the image: 0',
    },
  ],
};
