import { parseDeck, type Deck } from './leitner';

const KEY = 'concept-notebook:flashcards:v1';

/**
 * The flashcard deck in localStorage. Storage can be missing, full or blocked (private modes,
 * sandboxed frames), so every access is guarded and the deck then lives for the session only.
 */
export function loadDeck(storage: Storage | undefined = globalThis.localStorage): Deck {
  try {
    return parseDeck(storage?.getItem(KEY) ?? null);
  } catch {
    return {};
  }
}

/** False when the deck could not be stored (it still works for this session). */
export function saveDeck(deck: Deck, storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    storage?.setItem(KEY, JSON.stringify(deck));
    return !!storage;
  } catch {
    return false;
  }
}
