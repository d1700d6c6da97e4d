import { describe, expect, test } from 'vitest';
import { questionEnds } from '../../../src/notebook/questionEnds';
import { parseHash } from '../../../src/app/route';

describe('where a self-check goes, and the study routes', () => {
  test('a question’s self-check follows its last sub-cell; parts and the intro end no question', () => {
    const cells = [
      { anchor: 'intro', level: 0 },
      { anchor: 'part', level: 1 },
      { anchor: 'q1', level: 2 },
      { anchor: 'q1a', level: 3 },
      { anchor: 'q1b', level: 3 },
      { anchor: 'q2', level: 2 },
      { anchor: 'part2', level: 1 },
    ] as const;
    expect(questionEnds([...cells])).toEqual(['', '', '', '', 'q1', 'q2', '']);
  });

  test('#/study, #/group and #/notes parse to their routes; a notebook named otherwise is still a notebook', () => {
    expect(parseHash('#/study')).toEqual({ kind: 'study', slug: undefined });
    expect(parseHash('#/study/data')).toEqual({ kind: 'study', slug: 'data' });
    expect(parseHash('#/group/metrics')).toEqual({ kind: 'group', slug: 'metrics' });
    expect(parseHash('#/notes')).toEqual({ kind: 'notes' });
    expect(parseHash('#/notes/x')).toEqual({ kind: 'notFound', path: '/notes/x' });
    expect(parseHash('#/data/imbalanced')).toEqual({ kind: 'notebook', slug: 'data', anchor: 'imbalanced' });
  });
});
