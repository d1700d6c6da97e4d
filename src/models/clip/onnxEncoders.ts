import { runSession, type createSession } from '../runtime/ort';
import { CLIP_IO } from './io';
import { tokenizeBatch, type TokenBatch } from './tokenizer';

type Session = Awaited<ReturnType<typeof createSession>>;

/**
 * Runs the shipped encoders in onnxruntime-web (page, eval CLI and tests alike). Both return
 * normalised embeddings [N, D] as one Float32Array.
 */

/** Images NCHW [n, 3, S, S] → [n, D], in chunks. */
export async function embedImagesOnnx(
  session: Session,
  nchw: Float32Array,
  n: number,
  size: number,
  chunk = 256,
): Promise<{ data: Float32Array; dim: number }> {
  const per = 3 * size * size;
  const parts: Float32Array[] = [];
  let dim = 0;
  for (let s = 0; s < n; s += chunk) {
    const k = Math.min(chunk, n - s);
    const out = await runSession(session, { [CLIP_IO.image.input]: { data: nchw.slice(s * per, (s + k) * per), shape: [k, 3, size, size] } });
    dim = out[CLIP_IO.image.output].shape[1];
    parts.push(out[CLIP_IO.image.output].data);
  }
  return { data: concat(parts), dim };
}

/** A padded token batch → [N, D]. */
export async function embedTokensOnnx(session: Session, t: TokenBatch): Promise<{ data: Float32Array; dim: number }> {
  const out = await runSession(session, {
    [CLIP_IO.text.tokens]: { data: BigInt64Array.from(t.ids, (v) => BigInt(v)), shape: [t.count, t.length] },
    [CLIP_IO.text.mask]: { data: t.mask, shape: [t.count, t.length] },
  });
  const e = out[CLIP_IO.text.output];
  return { data: e.data, dim: e.shape[1] };
}

/** Texts → [N, D] (tokenised with the shared tokenizer, padded to the longest). */
export function embedTextsOnnx(session: Session, texts: string[]): Promise<{ data: Float32Array; dim: number }> {
  return embedTokensOnnx(session, tokenizeBatch(texts));
}

function concat(parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
