/**
 * Which exercises the reader has passed, kept in localStorage. The stored value is untrusted
 * (another tab, an old version, a hand edit, a hostile page on the same origin): it is parsed
 * inside try/catch and only `{ id: { passed: true, at: number } }` entries for known ids survive.
 * Storage that throws (disabled, private mode, quota) just means no progress is kept.
 */
export const PROGRESS_KEY = 'concept-notebook.exercises.v1';

export interface ExerciseProgress {
  passed: boolean;
  at: number; // ms since the epoch of the last pass
}

export type Progress = Record<string, ExerciseProgress>;

export function parseProgress(raw: string | null, known: readonly string[]): Progress {
  const out: Progress = Object.create(null);
  if (!raw || raw.length > 100_000) return out;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return out;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return out;
  for (const id of known) {
    if (!Object.hasOwn(data, id)) continue;
    const v = (data as Record<string, unknown>)[id];
    if (typeof v === 'object' && v !== null && (v as { passed?: unknown }).passed === true) {
      const at = Number((v as { at?: unknown }).at);
      out[id] = { passed: true, at: Number.isFinite(at) ? at : 0 };
    }
  }
  return out;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readProgress(known: readonly string[]): Progress {
  try {
    return parseProgress(storage()?.getItem(PROGRESS_KEY) ?? null, known);
  } catch {
    return Object.create(null);
  }
}

/** Records a pass (a later failure does not undo it: the reader has shown they can). */
export function recordPass(id: string, known: readonly string[], now = Date.now()): void {
  const p = readProgress(known);
  p[id] = { passed: true, at: now };
  try {
    storage()?.setItem(PROGRESS_KEY, JSON.stringify(p));
  } catch {
    /* storage full or disabled: progress is a convenience */
  }
}
