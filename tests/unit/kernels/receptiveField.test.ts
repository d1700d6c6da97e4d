import { describe, expect, it } from 'vitest';
import { inputRegion, layerSizes, receptiveField, receptiveFields, type RfLayer } from '../../../src/kernels/receptiveField';
import { conv2d } from '../../../src/kernels/conv2d';
import { convTranspose2d } from '../../../src/kernels/convTranspose2d';
import { maxPool2d } from '../../../src/kernels/maxPool2d';
import { tensor, type Tensor } from '../../../src/kernels/tensor';

type Pads = [number, number, number, number];
const same = (k: number): Pads => [(k - 1) / 2, (k - 1) / 2, (k - 1) / 2, (k - 1) / 2]; // TF 'SAME' at stride 1, odd k
const conv = (name: string, k: number, s = 1, padding: Pads = same(k)): RfLayer => ({ kind: 'conv', name, kernel: [k, k], stride: [s, s], padding });
const pool = (name: string, k: number, s: number): RfLayer => ({ kind: 'pool', name, kernel: [k, k], stride: [s, s] }); // 'VALID'

// TF-Slim's alexnet_v2 and vgg_16 (tensorflow/models research/slim/nets): convs 'SAME' unless
// marked 'VALID', max pools 'VALID'.
const ALEXNET_V2 = [
  conv('conv1', 11, 4, [0, 0, 0, 0]),
  pool('pool1', 3, 2),
  conv('conv2', 5),
  pool('pool2', 3, 2),
  conv('conv3', 3),
  conv('conv4', 3),
  conv('conv5', 3),
  pool('pool5', 3, 2),
];
const VGG_16 = [2, 2, 3, 3, 3].flatMap((reps, b) => [...Array.from({ length: reps }, (_, r) => conv(`conv${b + 1}_${r + 1}`, 3)), pool(`pool${b + 1}`, 2, 2)]);

// google-research/receptive_field, RECEPTIVE_FIELD_TABLE.md (the library of Araujo et al., Distill
// 2019), rows at resolution 224: [end-point, RF, effective stride, effective padding].
const PUBLISHED: [string, RfLayer[], [string, number, number, number][]][] = [
  [
    'alexnet_v2',
    ALEXNET_V2,
    [
      ['conv1', 11, 4, 0],
      ['pool1', 19, 8, 0],
      ['conv2', 51, 8, 16],
      ['conv3', 99, 16, 32],
      ['conv4', 131, 16, 48],
      ['conv5', 163, 16, 64],
      ['pool5', 195, 32, 64],
    ],
  ],
  [
    'vgg_16',
    VGG_16,
    [
      ['conv1_1', 3, 1, 1],
      ['pool1', 6, 2, 2],
      ['conv2_1', 10, 2, 4],
      ['pool2', 16, 4, 6],
      ['conv3_1', 24, 4, 10],
      ['conv3_2', 32, 4, 14],
      ['pool3', 44, 8, 18],
      ['conv4_1', 60, 8, 26],
      ['conv4_2', 76, 8, 34],
      ['pool4', 100, 16, 42],
      ['conv5_1', 132, 16, 58],
      ['conv5_2', 164, 16, 74],
      ['pool5', 212, 32, 90],
    ],
  ],
];

describe.each(PUBLISHED)('receptiveFields of TF-Slim %s match Araujo et al.’s published table', (_net, layers, rows) => {
  const table = new Map(receptiveFields(layers).map((r) => [r.name, r]));
  it('has published rows to compare', () => expect(rows.length).toBeGreaterThan(5));
  it.each(rows)('%s: RF %i, effective stride %i, effective padding %i', (name, rf, stride, padding) => {
    const got = table.get(name)!;
    for (const axis of [got.h, got.w]) expect([axis.size, axis.minSize, axis.jump, 0 - axis.start]).toEqual([rf, rf, stride, padding]);
  });
});

describe('receptiveField hand cases', () => {
  it('two 3×3 convs see 5×5 and three see 7×7 (VGG’s argument for stacking 3×3)', () => {
    expect(receptiveField([conv('a', 3), conv('b', 3)]).h.size).toBe(5);
    expect(receptiveField([conv('a', 3), conv('b', 3), conv('c', 3)]).w.size).toBe(7);
  });

  it('3×3 convs with dilations 1, 2, 4 see 1 + 2 + 4 + 8 = 15 pixels', () => {
    const layers = [1, 2, 4].map((d): RfLayer => ({ kind: 'conv', kernel: [3, 3], dilation: [d, d], padding: [d, d, d, d] }));
    expect(receptiveField(layers).h).toEqual({ size: 15, minSize: 15, jump: 1, start: -7 });
  });

  it('only the top/left pads move the field: pads [2,0,0,3] on a 3×3 give start −2 on rows and 0 on columns', () => {
    const f = receptiveField([{ kind: 'conv', kernel: [3, 3], padding: [2, 0, 0, 3] }]);
    expect([f.h.start, f.w.start]).toEqual([-2, 0]);
  });

  it('a nearest ×2 upsampling then a 3×3 conv sees 2 input pixels at jump ½', () => {
    // Output o reads upsampled o−1 … o+1, i.e. inputs floor((o−1)/2) … floor((o+1)/2): always two.
    expect(receptiveField([{ kind: 'upsample', factor: [2, 2] }, conv('c', 3)]).h).toEqual({ size: 2, minSize: 2, jump: 0.5, start: -1 });
  });

  it('a transposed conv, kernel 3 stride 2, feeds outputs from 1 or 2 inputs in turn; kernel 4 always from 2', () => {
    const t3 = receptiveField([{ kind: 'convTranspose', kernel: [3, 3], stride: [2, 2] }]).h;
    const t4 = receptiveField([{ kind: 'convTranspose', kernel: [4, 4], stride: [2, 2], padding: [1, 1, 1, 1] }]).h;
    expect([t3.size, t3.minSize, t3.jump]).toEqual([2, 1, 0.5]);
    expect([t4.size, t4.minSize, t4.jump]).toEqual([2, 2, 0.5]);
  });

  it('a region is clipped to the image: VGG-16 pool5 pixel (0,0) at 224² sees rows and columns 0 … 121', () => {
    // Unclipped: −90 … −90 + 212 − 1 = 121.
    expect(inputRegion(VGG_16, [0, 0])).toEqual({ top: -90, left: -90, bottom: 121, right: 121 });
    expect(inputRegion(VGG_16, [0, 0], [224, 224])).toEqual({ top: 0, left: 0, bottom: 121, right: 121 });
    expect(layerSizes(VGG_16, [224, 224]).at(-1)).toEqual([7, 7]);
  });
});

/** The map of output pixels that input pixel (y, x) reaches, through our kernels with all weights 1. */
function reach(layers: RfLayer[], [h, w]: [number, number], y: number, x: number): Tensor {
  let t = tensor([1, 1, h, w]);
  t.data[y * w + x] = 1;
  for (const l of layers) {
    if (l.kind === 'upsample') t = upsampleNearest(t, l.factor);
    else if (l.kind === 'convTranspose')
      t = convTranspose2d(t, ones(l.kernel), null, { stride: l.stride ?? [1, 1], padding: l.padding ?? [0, 0, 0, 0], outputPadding: l.outputPadding });
    else if (l.kind === 'pool') t = maxPool2d(t, { kernel: l.kernel, stride: l.stride ?? [1, 1], padding: l.padding ?? [0, 0, 0, 0] });
    else t = conv2d(t, ones(l.kernel), null, l);
  }
  return t;
}
const ones = ([kh, kw]: [number, number]) => tensor([1, 1, kh, kw], new Array(kh * kw).fill(1));
function upsampleNearest(t: Tensor, [fy, fx]: [number, number]): Tensor {
  const [h, w] = t.shape.slice(2);
  return tensor(
    [1, 1, h * fy, w * fx],
    Array.from({ length: h * fy * w * fx }, (_, i) => t.data[Math.floor(Math.floor(i / (w * fx)) / fy) * w + Math.floor((i % (w * fx)) / fx)]),
  );
}

// With non-negative weights nothing cancels, so an output is positive exactly when the impulse
// can reach it: the kernels (checked against onnxruntime) give the true dependency sets.
const STACKS: [string, RfLayer[], [number, number]][] = [
  [
    'U-Net-like: conv3, pool 2/2, conv3, upsample ×2, conv3',
    [conv('a', 3), pool('p', 2, 2), conv('b', 3), { kind: 'upsample', factor: [2, 2] }, conv('c', 3)],
    [12, 10],
  ],
  [
    'strided conv 4×3 stride 3×2, asymmetric pads, then a 3×3 max pool pads 1',
    [
      { kind: 'conv', kernel: [4, 3], stride: [3, 2], padding: [2, 0, 1, 2] },
      { kind: 'pool', kernel: [3, 3], stride: [1, 1], padding: [1, 1, 1, 1] },
    ],
    [13, 11],
  ],
  [
    'conv 3/2 then transposed conv 3/2 with pads 1 and output padding 1',
    [conv('d', 3, 2, [1, 1, 1, 1]), { kind: 'convTranspose', kernel: [3, 3], stride: [2, 2], padding: [1, 1, 1, 1], outputPadding: [1, 1] }],
    [9, 8],
  ],
  ['transposed conv kernel 2 stride 3 (some outputs untouched)', [{ kind: 'convTranspose', kernel: [2, 2], stride: [3, 3] }], [4, 5]],
];

it('has impulse stacks to check, one with a transposed conv', () => {
  expect(STACKS.length).toBeGreaterThan(3);
  expect(STACKS.some(([, layers]) => layers.some((l) => l.kind === 'convTranspose'))).toBe(true);
});

describe.each(STACKS)('inputRegion of %s is exactly the set of pixels that reach the output', (_name, layers, size) => {
  it('matches an impulse pushed through conv2d / maxPool2d / convTranspose2d from every input pixel', () => {
    const [oh, ow] = layerSizes(layers, size).at(-1)!;
    const boxes = Array.from({ length: oh * ow }, () => ({ top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity, count: 0 }));
    for (let y = 0; y < size[0]; y++)
      for (let x = 0; x < size[1]; x++) {
        const out = reach(layers, size, y, x);
        expect(out.shape).toEqual([1, 1, oh, ow]);
        out.data.forEach((v, o) => {
          if (v <= 0) return;
          const b = boxes[o];
          [b.top, b.left, b.bottom, b.right, b.count] = [Math.min(b.top, y), Math.min(b.left, x), Math.max(b.bottom, y), Math.max(b.right, x), b.count + 1];
        });
      }
    let untouched = 0;
    boxes.forEach(({ count, ...box }, o) => {
      const region = inputRegion(layers, [Math.floor(o / ow), o % ow], size);
      if (count === 0) {
        untouched++;
        expect(region).toBeNull();
        return;
      }
      expect(region).toEqual(box);
      expect(count).toBe((box.bottom - box.top + 1) * (box.right - box.left + 1)); // no holes: the box is the set
    });
    if (layers[0].kind === 'convTranspose' && layers.length === 1) expect(untouched).toBeGreaterThan(0);
  });
});

describe('inputRegion input checks', () => {
  it('rejects an output pixel outside the output map', () => {
    expect(() => inputRegion(VGG_16, [7, 0], [224, 224])).toThrow(/output pixel \(7, 0\) is outside the 7×7 output/);
  });
  it('rejects a stack that empties the map', () => {
    expect(() => layerSizes([conv('big', 5, 1, [0, 0, 0, 0])], [3, 3])).toThrow(/gives an empty -1×-1 map/);
  });
});
