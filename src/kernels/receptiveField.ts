/**
 * Receptive fields of a single-path layer stack (Araujo, Norris & Sim, "Computing Receptive
 * Fields of Convolutional Neural Networks", Distill 2019), per axis, in input pixels:
 * - size r: how many input pixels one output pixel can see. For convs and pools,
 *   r = 1 + Σ_l ((k_l − 1)·d_l)·Π_{i<l} s_i.
 * - jump: the input distance between neighbouring output pixels (Araujo's effective stride,
 *   Π s_i); a transposed conv or an upsampling divides it by its stride.
 * - start: the first input pixel of output 0's field, −Σ_l p_l·Π_{i<l} s_i (p = top/left pad).
 *   −start is Araujo's "effective padding"; output i sees [start + i·jump, start + i·jump + r − 1].
 * Pads are ONNX [top, left, bottom, right]; only top/left move the field (bottom/right only
 * change the output size). A pool is a conv for this purpose. A transposed conv (kernel k, stride
 * s) feeds output o from inputs ceil((o + p − k + 1)/s) … floor((o + p)/s), and a nearest
 * upsampling by f (index floor(o/f), as layerConverters' Resize) from floor(o/f): after either,
 * the field is no longer the same size everywhere when k is not divisible by s (Odena et al.'s
 * uneven overlap), so `size` is the largest and `minSize` the smallest over all output positions.
 * A dilated conv's field has holes; regions here are its bounding box. Theoretical fields: what
 * can affect an output, not how much it does (the effective field is narrower, Luo et al. 2016).
 */
type Pair = [number, number];

export type RfLayer =
  | { kind: 'conv' | 'pool'; kernel: Pair; stride?: Pair; padding?: [number, number, number, number]; dilation?: Pair; name?: string }
  | { kind: 'convTranspose'; kernel: Pair; stride?: Pair; padding?: [number, number, number, number]; outputPadding?: Pair; name?: string }
  | { kind: 'upsample'; factor: Pair; name?: string };

export interface AxisField {
  size: number;
  minSize: number;
  jump: number;
  start: number;
}

export interface ReceptiveField {
  h: AxisField;
  w: AxisField;
}

/** An inclusive range of indices on one axis; null when empty. */
type Span = [number, number] | null;

/** The input indices of `layer` that can affect its outputs lo … hi on axis a (0 = rows, 1 = columns). */
function back(layer: RfLayer, a: 0 | 1, [lo, hi]: [number, number]): Span {
  if (layer.kind === 'upsample') return [Math.floor(lo / layer.factor[a]), Math.floor(hi / layer.factor[a])];
  const k = layer.kernel[a];
  const s = layer.stride?.[a] ?? 1;
  const p = layer.padding?.[a] ?? 0;
  if (layer.kind === 'convTranspose') {
    const first = Math.ceil((lo + p - k + 1) / s);
    const last = Math.floor((hi + p) / s);
    return first <= last ? [first, last] : null;
  }
  const d = layer.dilation?.[a] ?? 1;
  return [lo * s - p, hi * s - p + (k - 1) * d];
}

/** The size of `layer`'s output on axis a for an input of n (ONNX rules, as the kernels). */
function forward(layer: RfLayer, a: 0 | 1, n: number): number {
  if (layer.kind === 'upsample') return n * layer.factor[a];
  const k = layer.kernel[a];
  const s = layer.stride?.[a] ?? 1;
  const pads = (layer.padding?.[a] ?? 0) + (layer.padding?.[a + 2] ?? 0);
  if (layer.kind === 'convTranspose') return s * (n - 1) + (layer.outputPadding?.[a] ?? 0) + k - pads;
  return Math.floor((n + pads - ((k - 1) * (layer.dilation?.[a] ?? 1) + 1)) / s) + 1;
}

/** Walks output span `out` back through the stack, clipping to each map when sizes are known. */
function region(layers: RfLayer[], a: 0 | 1, out: [number, number], sizes?: number[]): Span {
  let span: Span = out;
  for (let l = layers.length - 1; l >= 0 && span; l--) {
    span = back(layers[l], a, span);
    if (span && sizes) span = span[0] <= sizes[l] - 1 && span[1] >= 0 ? [Math.max(0, span[0]), Math.min(sizes[l] - 1, span[1])] : null;
  }
  return span;
}

function axisField(layers: RfLayer[], a: 0 | 1): AxisField {
  let jump = 1;
  let period = 1; // fields repeat every `period` outputs: the product of all upsampling strides
  for (const layer of layers) {
    const s = layer.kind === 'upsample' ? layer.factor[a] : (layer.stride?.[a] ?? 1);
    if (layer.kind === 'conv' || layer.kind === 'pool') jump *= s;
    else {
      jump /= s;
      period *= s;
    }
  }
  let [size, minSize] = [0, Infinity];
  for (let o = 0; o < period; o++) {
    const r = region(layers, a, [o, o]);
    const width = r ? r[1] - r[0] + 1 : 0;
    [size, minSize] = [Math.max(size, width), Math.min(minSize, width)];
  }
  const first = region(layers, a, [0, 0]);
  return { size, minSize, jump, start: first ? first[0] : NaN };
}

/** The receptive field of the stack's output, per axis. An empty stack sees one pixel. */
export function receptiveField(layers: RfLayer[]): ReceptiveField {
  return { h: axisField(layers, 0), w: axisField(layers, 1) };
}

/** The field after each layer (layer l's output as seen from the input): the table of a stack. */
export function receptiveFields(layers: RfLayer[]): (ReceptiveField & { name: string })[] {
  return layers.map((layer, l) => ({ name: layer.name ?? `${layer.kind}${l + 1}`, ...receptiveField(layers.slice(0, l + 1)) }));
}

/** Output sizes [H, W] after each layer of the stack for an input of `inputSize`. */
export function layerSizes(layers: RfLayer[], inputSize: Pair): Pair[] {
  const sizes: Pair[] = [];
  let cur = inputSize;
  for (const layer of layers) {
    cur = [forward(layer, 0, cur[0]), forward(layer, 1, cur[1])];
    if (cur[0] < 1 || cur[1] < 1) throw new Error(`receptiveField: layer ${layer.name ?? layer.kind} gives an empty ${cur[0]}×${cur[1]} map`);
    sizes.push(cur);
  }
  return sizes;
}

/**
 * The input pixels that can affect output pixel (oy, ox): an inclusive box, or null if none can
 * (a transposed conv with kernel < stride leaves some outputs untouched). With `inputSize`
 * [H, W] the box is clipped to the image and to every intermediate map, so pixels beyond a
 * border, which are padding and carry no input, are left out; without it, the box is unclipped.
 */
export function inputRegion(layers: RfLayer[], [oy, ox]: Pair, inputSize?: Pair): { top: number; left: number; bottom: number; right: number } | null {
  const sizes = inputSize ? [inputSize, ...layerSizes(layers, inputSize)] : undefined;
  const last = sizes?.[sizes.length - 1];
  if (last && !(oy >= 0 && oy < last[0] && ox >= 0 && ox < last[1]))
    throw new Error(`inputRegion: output pixel (${oy}, ${ox}) is outside the ${last[0]}×${last[1]} output`);
  const rows = region(
    layers,
    0,
    [oy, oy],
    sizes?.map((s) => s[0]),
  );
  const cols = region(
    layers,
    1,
    [ox, ox],
    sizes?.map((s) => s[1]),
  );
  return rows && cols ? { top: rows[0], left: cols[0], bottom: rows[1], right: cols[1] } : null;
}
