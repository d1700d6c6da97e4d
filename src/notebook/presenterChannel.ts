/**
 * The presenter screen and its notes window talk over a BroadcastChannel (same origin, any
 * window): the presenter says where it is, the notes window asks for that on opening and can
 * ask for a step. Where BroadcastChannel is missing the notes simply never update.
 */
export type PresenterMessage = { type: 'state'; title: string; step: number; says: string[]; href: string } | { type: 'hello' } | { type: 'go'; step: number };

export const PRESENTER_CHANNEL = 'concept-notebook:presenter';

export class PresenterChannel {
  readonly #channel: BroadcastChannel | null;

  constructor(onmessage: (m: PresenterMessage) => void) {
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(PRESENTER_CHANNEL) : null;
    if (this.#channel) this.#channel.onmessage = (e: MessageEvent) => isMessage(e.data) && onmessage(e.data);
  }

  post(m: PresenterMessage): void {
    this.#channel?.postMessage(m);
  }

  close(): void {
    this.#channel?.close();
  }
}

/** Any window of the origin can post here: only well-formed messages get through. */
function isMessage(d: unknown): d is PresenterMessage {
  const m = d as Partial<Record<string, unknown>> | null;
  if (!m || typeof m !== 'object') return false;
  if (m.type === 'hello') return true;
  if (m.type === 'go') return Number.isInteger(m.step);
  return (
    m.type === 'state' &&
    typeof m.title === 'string' &&
    typeof m.href === 'string' &&
    Number.isInteger(m.step) &&
    Array.isArray(m.says) &&
    m.says.every((s) => typeof s === 'string')
  );
}

/** Opens (or brings forward) the notes window; a popup blocker makes this return false. */
export function openNotesWindow(): boolean {
  const w = window.open('#/notes', 'concept-notebook-notes', 'popup,width=560,height=720');
  w?.focus();
  return !!w;
}
