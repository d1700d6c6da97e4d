import { runSession, type createSession } from '../runtime/ort';
import { runImageBatches } from '../runtime/runImageBatches';
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
  const r = await runImageBatches(session, { input: CLIP_IO.image.input, output: CLIP_IO.image.output }, nchw, n, size, chunk);
  return { data: r.data, dim: r.perImage };
}

function runTokens(session: Session, t: TokenBatch) {
  return runSession(session, {
    [CLIP_IO.text.tokens]: { data: BigInt64Array.from(t.ids, (v) => BigInt(v)), shape: [t.count, t.length] },
    [CLIP_IO.text.mask]: { data: t.mask, shape: [t.count, t.length] },
  });
}

/** A padded token batch → [N, D]. */
export async function embedTokensOnnx(session: Session, t: TokenBatch): Promise<{ data: Float32Array; dim: number }> {
  const e = (await runTokens(session, t))[CLIP_IO.text.output];
  return { data: e.data, dim: e.shape[1] };
}

/** Texts → embeddings [N, D] and every block's attention [N, layers, heads, T, T] (T = 1 + the longest text's words). */
export async function encodeTextsOnnx(session: Session, texts: string[]) {
  const tokens = tokenizeBatch(texts);
  const out = await runTokens(session, tokens);
  const e = out[CLIP_IO.text.output];
  return { tokens, embedding: e.data, dim: e.shape[1], attention: out[CLIP_IO.text.attention] };
}

/** Texts → [N, D] (tokenised with the shared tokenizer, padded to the longest). */
export function embedTextsOnnx(session: Session, texts: string[]): Promise<{ data: Float32Array; dim: number }> {
  return embedTokensOnnx(session, tokenizeBatch(texts));
}
