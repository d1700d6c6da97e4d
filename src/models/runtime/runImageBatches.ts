import { runSession, type createSession } from './ort';

type Session = Awaited<ReturnType<typeof createSession>>;

/**
 * Runs an image model over n NCHW images [n, 3, size, size] in chunks (bounded memory, and ORT
 * sessions take any batch size), concatenating one output. Returns the values and the number per image.
 */
export async function runImageBatches(
  session: Session,
  io: { input: string; output: string },
  nchw: Float32Array,
  n: number,
  size: number,
  chunk = 128,
): Promise<{ data: Float32Array; perImage: number }> {
  const per = 3 * size * size;
  let out = new Float32Array(0);
  let perImage = 0;
  for (let s = 0; s < n; s += chunk) {
    const k = Math.min(chunk, n - s);
    const r = (await runSession(session, { [io.input]: { data: nchw.slice(s * per, (s + k) * per), shape: [k, 3, size, size] } }))[io.output];
    if (s === 0) {
      perImage = r.data.length / k;
      out = new Float32Array(n * perImage);
    }
    out.set(r.data, s * perImage);
  }
  return { data: out, perImage };
}
