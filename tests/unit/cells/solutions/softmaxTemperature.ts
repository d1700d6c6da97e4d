import { mutate, type Solutions } from './types';

const solution = `function softmax(logits: number[], temperature: number): number[] {
  if (logits.length === 0) return [];
  const z = logits.map((x) => x / temperature);
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}
`;

export const softmaxTemperature: Solutions = {
  solution,
  wrong: [
    {
      what: 'missing max-subtraction',
      code: mutate(solution, 'const m = Math.max(...z);', 'const m = 0;'),
      fails: 'logits near 1000: needs the max subtraction',
    },
    { what: 'temperature multiplies instead of divides', code: mutate(solution, 'x / temperature', 'x * temperature'), fails: 'τ = 0.01: almost one-hot' },
  ],
};
