import { describe, expect, it } from 'vitest';
import { medianBlur } from '../../../src/kernels/medianBlur';
import { tensor } from '../../../src/kernels/tensor';

describe('medianBlur', () => {
  it('gives 2 at the corner and 5 at the centre of [[1,2,3],[4,5,6],[7,8,9]] with k = 3 (BORDER_REPLICATE, by hand)', () => {
    // Corner window with replicated rows/cols {0,0,1}: 1,1,2,1,1,2,4,4,5 → sorted, 5th value 2.
    const y = medianBlur(tensor([3, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9]), 3);
    expect(y.data[0]).toBe(2);
    expect(y.data[4]).toBe(5);
    expect(Array.from(y.data)).toEqual([2, 3, 3, 4, 5, 6, 7, 7, 8]);
  });

  it('removes isolated salt-and-pepper pixels from a flat image entirely', () => {
    const data = new Array(49).fill(0.5);
    data[8] = 1;
    data[24] = 0;
    data[40] = 1;
    expect(Array.from(medianBlur(tensor([7, 7], data), 3).data)).toEqual(new Array(49).fill(0.5));
  });

  it('keeps a straight step edge exactly where it is (medians preserve monotone edges)', () => {
    const data = Array.from({ length: 36 }, (_, i) => (i % 6 < 3 ? 0 : 1));
    expect(Array.from(medianBlur(tensor([6, 6], data), 5).data)).toEqual(data);
  });
});
