/**
 * Two float32 loops in 128-bit WebAssembly SIMD, for the attention kernels: scalar JavaScript tops
 * out near 2 multiply-adds per nanosecond here, about a third of onnxruntime-web's SIMD MatMul
 * (tests/bench/attention.bench.ts), and Math.exp costs ~13 ns a call. Hand-encoded in the
 * WebAssembly binary format (core spec §5; opcodes of the fixed-width SIMD extension). Matrices
 * live in the module's own memory, rows padded to a multiple of 4 floats; offsets are in bytes.
 *
 * mm(a, b, out, m, np, kp): out [m, np] = a [m, kp] · bᵀ (b [np, kp]): one row of a against four
 *   rows of b, each lane summing every fourth product in float32, then the four lanes added.
 * softmaxRows(x, rows, np, scale): each row of x [rows, np] becomes softmax(scale·row) in place,
 *   max-subtracted; entries of −∞ (padding) become exactly 0. eˣ = 2ⁿ·p(f) with n = nearest(x·log₂e),
 *   f = x − n·ln 2 in two parts (Cody–Waite: 0.693359375 is exact in 9 bits), p the degree-6 Taylor
 *   polynomial (remainder f⁷/7! ≤ 1.2·10⁻⁷ at |f| ≤ ½ln 2), 2ⁿ built in the exponent bits; below
 *   −87.3 (float32's normal range ends at e^−87.34) the result is 0.
 */
export interface SimdKernels {
  mm: (a: number, b: number, out: number, m: number, np: number, kp: number) => void;
  softmaxRows: (x: number, rows: number, np: number, scale: number) => void;
  /** The module's memory as floats, grown to hold at least `floats` of them (a new view after growth). */
  floats: (floats: number) => Float32Array;
}

let cached: SimdKernels | null | undefined;

/** The kernels, or null where WebAssembly SIMD is unavailable (callers fall back to scalar code). */
export function simdKernels(): SimdKernels | null {
  if (cached !== undefined) return cached;
  try {
    const bytes = moduleBytes();
    if (typeof WebAssembly === 'undefined' || !WebAssembly.validate(bytes)) return (cached = null);
    const e = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
    const memory = e.mem as WebAssembly.Memory;
    const floats = (n: number) => {
      const pages = Math.ceil((4 * n - memory.buffer.byteLength) / 65536);
      if (pages > 0) memory.grow(pages);
      return new Float32Array(memory.buffer);
    };
    cached = { mm: e.mm as SimdKernels['mm'], softmaxRows: e.softmaxRows as SimdKernels['softmaxRows'], floats };
  } catch {
    cached = null; // WebAssembly refused here: the scalar kernels serve
  }
  return cached;
}

const uleb = (v: number): number[] => (v < 0x80 ? [v] : [(v & 0x7f) | 0x80, ...uleb(v >>> 7)]);
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const name = (s: string) => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
const simd = (op: number, ...imm: number[]) => [0xfd, ...uleb(op), ...imm];
const get = (l: number) => [0x20, l];
const set = (l: number) => [0x21, l];
const i32 = (v: number) => [0x41, ...uleb(v)]; // constants 0 … 63 only: there the signed LEB is the same byte
const [ADD, MUL, GE_S] = [[0x6a], [0x6c], [0x4e]];
const LOAD = simd(0x00, 4, 0); // v128.load, align 2⁴, offset 0
const STORE = simd(0x0b, 4, 0);
const [F4_ADD, F4_SUB, F4_MUL, F4_MAX] = [simd(0xe4), simd(0xe5), simd(0xe6), simd(0xe9)];
const lane = (i: number) => simd(0x1f, i); // f32x4.extract_lane
const bytesOf = (v: number, int = false) => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, int ? v : new Uint32Array(Float32Array.of(v).buffer)[0], true);
  return Array.from(b);
};
const splat = (v: number, int = false) => simd(0x0c, ...Array<number[]>(4).fill(bytesOf(v, int)).flat()); // v128.const
/** block { loop { if (counter ≥ limit) break; body; counter += step; continue } } */
const loop = (counter: number, limit: number[], step: number, body: number[]) => [
  ...[0x02, 0x40, 0x03, 0x40],
  ...get(counter),
  ...limit,
  ...GE_S,
  ...[0x0d, 1],
  ...body,
  ...get(counter),
  ...i32(step),
  ...ADD,
  ...set(counter),
  ...[0x0c, 0, 0x0b, 0x0b],
];
/** The four lanes of local l folded by a scalar op (f32.add 0x92, f32.max 0x97). */
const fold = (l: number, op: number) => [...get(l), ...lane(0), ...get(l), ...lane(1), op, ...get(l), ...lane(2), ...get(l), ...lane(3), op, op];

function mmBody(): number[] {
  // params 0 a, 1 b, 2 out, 3 m, 4 np, 5 kp; locals 6 i, 7 j, 8 p, 9 a row, 10 b row, 11 row bytes, 12 out ptr; 13–16 acc
  const [I, J, P, AR, BR, RB, OP, ACC] = [6, 7, 8, 9, 10, 11, 12, 13];
  const bRow = (r: number) => (r ? [...get(BR), ...get(RB), ...i32(r), ...MUL, ...ADD] : get(BR));
  const inner = [0, 1, 2, 3].flatMap((r) => [
    ...get(ACC + r),
    ...get(AR),
    ...get(P),
    ...ADD,
    ...LOAD,
    ...bRow(r),
    ...get(P),
    ...ADD,
    ...LOAD,
    ...F4_MUL,
    ...F4_ADD,
    ...set(ACC + r),
  ]);
  const block = [
    ...[...get(1), ...get(J), ...get(RB), ...MUL, ...ADD, ...set(BR)],
    ...[0, 1, 2, 3].flatMap((r) => [...splat(0), ...set(ACC + r)]),
    ...[...i32(0), ...set(P), ...loop(P, get(RB), 16, inner)],
    ...[0, 1, 2, 3].flatMap((r) => [...get(OP), ...fold(ACC + r, 0x92), 0x38, 2, 4 * r]), // f32.store at out + 4r
    ...[...get(OP), ...i32(16), ...ADD, ...set(OP)],
  ];
  const row = [...get(0), ...get(I), ...get(RB), ...MUL, ...ADD, ...set(AR), ...i32(0), ...set(J), ...loop(J, get(4), 4, block)];
  const body = [...get(5), ...i32(4), ...MUL, ...set(RB), ...get(2), ...set(OP), ...i32(0), ...set(I), ...loop(I, get(3), 1, row), 0x0b];
  return [2, 7, 0x7f, 4, 0x7b, ...body]; // locals: 7 × i32, 4 × v128
}

function softmaxBody(): number[] {
  // params 0 x, 1 rows, 2 np, 3 scale (f32); locals 4 r, 5 j, 6 row ptr, 7 row bytes; v128 8 v, 9 max, 10 sum, 11 n, 12 f
  const [R, J, RP, RB, V, MAX, SUM, N, F] = [4, 5, 6, 7, 8, 9, 10, 11, 12];
  const at = [...get(RP), ...get(J), ...ADD]; // address of x[r, j…j+3]
  const pass = (body: number[]) => [...i32(0), ...set(J), ...loop(J, get(RB), 16, body)];
  const scaleMax = [...at, ...at, ...LOAD, ...get(3), ...simd(0x13), ...F4_MUL, ...set(V), ...get(V), ...STORE, ...get(MAX), ...get(V), ...F4_MAX, ...set(MAX)];
  const taylor = [1 / 720, 1 / 120, 1 / 24, 1 / 6, 1 / 2, 1, 1];
  const poly = [...splat(taylor[0]), ...taylor.slice(1).flatMap((c) => [...get(F), ...F4_MUL, ...splat(c), ...F4_ADD])];
  const exp = [
    ...[...at, ...at, ...LOAD, ...get(MAX), ...F4_SUB, ...set(V)],
    ...[...get(V), ...splat(Math.LOG2E), ...F4_MUL, ...simd(0x6a), ...set(N)], // f32x4.nearest
    ...[...get(V), ...get(N), ...splat(0.693359375), ...F4_MUL, ...F4_SUB, ...get(N), ...splat(Math.LN2 - 0.693359375), ...F4_MUL, ...F4_SUB, ...set(F)],
    ...poly,
    ...[...get(N), ...simd(0xf8), ...splat(127, true), ...simd(0xae), ...i32(23), ...simd(0xab), ...F4_MUL], // × 2ⁿ: (n + 127) << 23
    ...[...get(V), ...splat(-87.3), ...simd(0x44), ...simd(0x4e)], // and (v > −87.3)
    ...[...set(V), ...get(V), ...STORE, ...get(SUM), ...get(V), ...F4_ADD, ...set(SUM)],
  ];
  const normalise = [...at, ...at, ...LOAD, ...get(V), ...F4_MUL, ...STORE];
  const row = [
    ...[...splat(-Infinity), ...set(MAX), ...pass(scaleMax), ...fold(MAX, 0x97), ...simd(0x13), ...set(MAX)],
    ...[...splat(0), ...set(SUM), ...pass(exp), 0x43, ...bytesOf(1), ...fold(SUM, 0x92), 0x95, ...simd(0x13), ...set(V)],
    ...pass(normalise),
    ...[...get(RP), ...get(RB), ...ADD, ...set(RP)],
  ];
  const body = [...get(2), ...i32(4), ...MUL, ...set(RB), ...get(0), ...set(RP), ...i32(0), ...set(R), ...loop(R, get(1), 1, row), 0x0b];
  return [2, 4, 0x7f, 5, 0x7b, ...body]; // locals: 4 × i32, 5 × v128
}

function moduleBytes(): Uint8Array<ArrayBuffer> {
  const [mm, sm] = [mmBody(), softmaxBody()];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
    ...section(1, [2, 0x60, 6, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0, 0x60, 4, 0x7f, 0x7f, 0x7f, 0x7d, 0]),
    ...section(3, [2, 0, 1]),
    ...section(5, [1, 0, 1]),
    ...section(7, [3, ...name('mm'), 0, 0, ...name('softmaxRows'), 0, 1, ...name('mem'), 2, 0]),
    ...section(10, [2, ...uleb(mm.length), ...mm, ...uleb(sm.length), ...sm]),
  ]);
}
