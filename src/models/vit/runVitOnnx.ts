import { runSession, type createSession } from '../runtime/ort';
import { VIT_IO } from './io';

type Session = Awaited<ReturnType<typeof createSession>>;

export interface VitOnnxOutputs {
  shapeLogits: Float32Array; // [n, 3]
  colourLogits: Float32Array; // [n, 5]
  attention?: { data: Float32Array; shape: number[] }; // [n, L, H, T, T], when kept
}

/**
 * Runs the shipped vit-tiny.onnx in onnxruntime-web on n NCHW images [n, 3, S, S] (page, eval
 * CLI and tests alike), in chunks of `chunk` images. The attention output is kept only when
 * asked for: at T = 65 it is 270 KB per image.
 */
export async function runVitOnnx(session: Session, nchw: Float32Array, n: number, size: number, keepAttention = false, chunk = 128): Promise<VitOnnxOutputs> {
  const per = 3 * size * size;
  const out: VitOnnxOutputs = { shapeLogits: new Float32Array(0), colourLogits: new Float32Array(0) };
  const attention: Float32Array[] = [];
  let attentionShape: number[] = [];
  for (let s = 0; s < n; s += chunk) {
    const k = Math.min(chunk, n - s);
    const r = await runSession(session, { [VIT_IO.input]: { data: nchw.slice(s * per, (s + k) * per), shape: [k, 3, size, size] } });
    const sl = r[VIT_IO.shapeLogits];
    const cl = r[VIT_IO.colourLogits];
    if (s === 0) {
      out.shapeLogits = new Float32Array(n * sl.shape[1]);
      out.colourLogits = new Float32Array(n * cl.shape[1]);
    }
    out.shapeLogits.set(sl.data, s * sl.shape[1]);
    out.colourLogits.set(cl.data, s * cl.shape[1]);
    if (keepAttention) {
      attention.push(r[VIT_IO.attention].data);
      attentionShape = r[VIT_IO.attention].shape;
    }
  }
  if (keepAttention) {
    const data = new Float32Array(attention.reduce((a, x) => a + x.length, 0));
    let at = 0;
    for (const a of attention) {
      data.set(a, at);
      at += a.length;
    }
    out.attention = { data, shape: [n, ...attentionShape.slice(1)] };
  }
  return out;
}
