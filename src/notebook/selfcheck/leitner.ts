/**
 * A Leitner scheme for the flashcards (Leitner 1972, as most apps use it): five boxes; a right
 * answer moves a card up one box, a wrong one sends it back to box 1; a card in box b is due again
 * INTERVAL_DAYS[b - 1] days after its last review. New cards are due now, in box 1.
 */
export const INTERVAL_DAYS = [0, 1, 3, 7, 14];
const DAY = 86_400_000;

export interface CardState {
  box: number; // 1..5
  due: number; // ms since epoch
}

export type Deck = Record<string, CardState>;

export function review(deck: Deck, key: string, correct: boolean, now: number): Deck {
  const box = correct ? Math.min(INTERVAL_DAYS.length, (deck[key]?.box ?? 1) + 1) : 1;
  return { ...deck, [key]: { box, due: now + INTERVAL_DAYS[box - 1] * DAY } };
}

/** Due cards among `keys`, lowest box first, then most overdue; unseen cards count as box 1, due now. */
export function dueCards(deck: Deck, keys: string[], now: number): string[] {
  const state = (k: string) => deck[k] ?? { box: 1, due: now };
  return keys
    .filter((k) => state(k).due <= now)
    .sort((a, b) => state(a).box - state(b).box || state(a).due - state(b).due || keys.indexOf(a) - keys.indexOf(b));
}

/** When the next of `keys` falls due (ms since epoch), or null when there are none. */
export function nextDue(deck: Deck, keys: string[], now: number): number | null {
  const dues = keys.map((k) => deck[k]?.due ?? now);
  return dues.length ? Math.min(...dues) : null;
}

/** A deck read back from untrusted storage: anything malformed is dropped, never thrown. */
export function parseDeck(text: string | null): Deck {
  let raw: unknown;
  try {
    raw = JSON.parse(text ?? '{}');
  } catch {
    return {};
  }
  const deck: Deck = Object.create(null);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return deck;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const c = v as Partial<CardState> | null;
    if (!c || !Number.isInteger(c.box) || c.box! < 1 || c.box! > INTERVAL_DAYS.length || !Number.isFinite(c.due)) continue;
    deck[k] = { box: c.box!, due: c.due! };
  }
  return deck;
}
