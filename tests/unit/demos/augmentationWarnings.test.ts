import { describe, expect, it } from 'vitest';
import type { AugObject } from '../../../src/models/data/augment/augmentSample';
import { iou, labelWarnings } from '../../../src/demos/augmentation/labelWarnings';

const base: AugObject = {
  box: [0, 0, 10, 10],
  tight: [0, 0, 10, 10],
  mask: new Uint8Array(),
  label: 1,
  colour: 'red',
  seenColour: 'red',
  weight: 1,
  visible: 1,
};

describe('labelWarnings', () => {
  it('IoU of [0,0,10,10] and [5,0,15,10] is 50 / 150 = 1/3 (hand-computed)', () => {
    expect(iou([0, 0, 10, 10], [5, 0, 15, 10])).toBeCloseTo(1 / 3, 12);
  });

  it('an intact object has no warning', () => {
    expect(labelWarnings(base)).toEqual([]);
  });

  it('names a dropped box, a mostly hidden object, a loose box and a changed colour', () => {
    expect(labelWarnings({ ...base, box: null, tight: null }).join()).toMatch(/red square cut away/);
    expect(labelWarnings({ ...base, visible: 0.1 }).join()).toMatch(/only 10 % visible/);
    expect(labelWarnings({ ...base, box: [0, 0, 20, 20] }).join()).toMatch(/box loose, IoU 0\.25/);
    expect(labelWarnings({ ...base, seenColour: 'blue' }).join()).toMatch(/labelled red, now looks blue/);
  });
});
