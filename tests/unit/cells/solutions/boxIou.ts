import { mutate, type Solutions } from './types';

const solution = `function iou(a: number[], b: number[]): number {
  const iw = Math.max(Math.min(a[2], b[2]) - Math.max(a[0], b[0]), 0);
  const ih = Math.max(Math.min(a[3], b[3]) - Math.max(a[1], b[1]), 0);
  const inter = iw * ih;
  const union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
  return inter / union;
}
`;

export const boxIou: Solutions = {
  solution,
  wrong: [
    {
      what: 'intersection clamped as a whole, not per side',
      code: mutate(
        mutate(solution, 'const iw = Math.max(Math.min(a[2], b[2]) - Math.max(a[0], b[0]), 0);', 'const iw = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);'),
        'const ih = Math.max(Math.min(a[3], b[3]) - Math.max(a[1], b[1]), 0);\n  const inter = iw * ih;',
        'const ih = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);\n  const inter = Math.max(iw * ih, 0);',
      ),
      fails: 'apart along both axes: 0 (both sides negative)',
    },
    {
      what: 'VOC +1 pixel convention',
      code: mutate(
        solution.replace(/\) - Math\.max\(a\[(\d)\], b\[\d\]\), 0\)/g, (m, i) => `) - Math.max(a[${i}], b[${i}]) + 1, 0)`),
        'const union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;',
        'const union = (a[2] - a[0] + 1) * (a[3] - a[1] + 1) + (b[2] - b[0] + 1) * (b[3] - b[1] + 1) - inter;',
      ),
      fails: 'half overlap: 1/3',
    },
  ],
};
