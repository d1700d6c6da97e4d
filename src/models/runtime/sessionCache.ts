import { createSession } from './ort';
import { fetchModel, type LoadProgress } from './fetchModel';

type Session = Awaited<ReturnType<typeof createSession>>;

/**
 * One onnxruntime-web session per model URL, shared by every demo that shows the model and
 * released when the last one lets go (sessions hold wasm memory a page should give back).
 */
interface Entry {
  session: Promise<{ session: Session; bytes: number }>;
  users: number;
}
const entries = new Map<string, Entry>();

export async function acquireSession(url: string, onProgress?: (p: LoadProgress) => void): Promise<{ session: Session; bytes: number }> {
  let entry = entries.get(url);
  if (!entry) {
    const session = fetchModel(url, onProgress).then(async (bytes) => ({ session: await createSession(bytes), bytes: bytes.length }));
    entry = { session, users: 0 };
    entries.set(url, entry);
    // A failed load must not poison the cache: the next caller tries again.
    session.catch(() => entries.delete(url));
  }
  entry.users++;
  return entry.session;
}

export async function releaseSession(url: string): Promise<void> {
  const entry = entries.get(url);
  if (!entry || --entry.users > 0) return;
  entries.delete(url);
  const { session } = await entry.session;
  await session.release();
}
