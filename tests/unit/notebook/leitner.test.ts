import { describe, expect, test } from 'vitest';
import { dueCards, nextDue, parseDeck, review, INTERVAL_DAYS } from '../../../src/notebook/selfcheck/leitner';
import { loadDeck, saveDeck } from '../../../src/notebook/selfcheck/deckStore';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 1);

/** A Storage stand-in (Node has none); `broken` throws as a blocked or full localStorage does. */
function memoryStorage(broken = false): Storage {
  const m = new Map<string, string>();
  const fail = () => {
    throw new DOMException('blocked', 'SecurityError');
  };
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => (broken ? fail() : (m.get(k) ?? null)),
    setItem: (k, v) => (broken ? fail() : void m.set(k, v)),
    removeItem: (k) => void m.delete(k),
  };
}

describe('Leitner flashcards', () => {
  test('a right answer moves a card up one box and schedules it that box’s interval later (Leitner: 1, 3, 7, 14 days)', () => {
    let deck = review({}, 'a', true, t0);
    expect(deck.a).toEqual({ box: 2, due: t0 + 1 * DAY });
    deck = review(deck, 'a', true, t0 + DAY);
    expect(deck.a).toEqual({ box: 3, due: t0 + DAY + 3 * DAY });
    expect(INTERVAL_DAYS).toEqual([0, 1, 3, 7, 14]);
  });

  test('a wrong answer sends a card back to box 1, due at once; box 5 is the top', () => {
    let deck = {};
    for (let i = 0; i < 7; i++) deck = review(deck, 'a', true, t0);
    expect(review(deck, 'a', true, t0).a.box).toBe(5);
    expect(review(deck, 'a', false, t0).a).toEqual({ box: 1, due: t0 });
  });

  test('due cards come lowest box first; unseen cards are due now; nothing is due before its time', () => {
    const deck = { a: { box: 3, due: t0 - 1 }, b: { box: 1, due: t0 - 5 }, c: { box: 2, due: t0 + DAY } };
    expect(dueCards(deck, ['a', 'b', 'c', 'new'], t0)).toEqual(['b', 'new', 'a']);
    expect(nextDue(deck, ['c'], t0)).toBe(t0 + DAY);
  });

  test('corrupt storage gives an empty deck and bad entries are dropped, never thrown', () => {
    expect(parseDeck('{not json')).toEqual({});
    expect(parseDeck('[1,2]')).toEqual({});
    expect(parseDeck('null')).toEqual({});
    const deck = parseDeck(JSON.stringify({ ok: { box: 2, due: 5 }, big: { box: 9, due: 1 }, str: { box: '2', due: 1 }, nan: { box: 1, due: null }, z: null }));
    expect({ ...deck }).toEqual({ ok: { box: 2, due: 5 } });
    expect(parseDeck(JSON.stringify({ __proto__: { box: 1, due: 0 } })).toString).toBeUndefined();
  });

  test('the deck round-trips through storage, and a blocked storage neither throws nor loses the session', () => {
    const s = memoryStorage();
    const deck = review({}, 'x', true, t0);
    expect(saveDeck(deck, s)).toBe(true);
    expect({ ...loadDeck(s) }).toEqual(deck);
    const blocked = memoryStorage(true);
    expect(saveDeck(deck, blocked)).toBe(false);
    expect(loadDeck(blocked)).toEqual({});
  });
});
