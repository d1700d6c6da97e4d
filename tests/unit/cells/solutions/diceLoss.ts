import { mutate, type Solutions } from './types';

const solution = `function diceLoss(pred: number[], target: number[], eps: number): number {
  let inter = 0, sp = 0, sg = 0;
  pred.forEach((p, i) => {
    inter += p * target[i];
    sp += p;
    sg += target[i];
  });
  return 1 - (2 * inter + eps) / (sp + sg + eps);
}
`;

export const diceLoss: Solutions = {
  solution,
  wrong: [
    { what: 'V-Net squared denominator', code: mutate(solution, 'sp += p;', 'sp += p * p;'), fails: 'soft predictions (not squared)' },
    { what: 'ε only in the denominator', code: mutate(solution, '(2 * inter + eps)', '(2 * inter)'), fails: 'both masks empty: loss 0' },
  ],
};
