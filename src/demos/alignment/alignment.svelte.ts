import { pairwiseAlign } from '../../kernels/pairwiseAlign';
import { BLOSUM62 } from '../../kernels/blosum62';
import { cleanSequence, PRESETS, type Kind } from './sequences';
import { rescore, type Gaps } from './candidates';
import type { Scoring } from './scoring';
import type { ParamValues } from '../params';
import type { alignmentParams } from './meta';

type Params = ParamValues<typeof alignmentParams>;
const FRAME_MS = 40;
const PLAY_FRAMES = 120; // a whole fill takes about this many frames (≈ 5 s), whatever the table's size

/**
 * The alignment demo's state: the two sequences (a preset, or typed ones cleaned and capped), the
 * DP the kernel fills for them, how many of its cells are revealed, and the player that reveals
 * them. Create it while a component initialises; call dispose when it goes.
 */
export class AlignmentDemo {
  /** What was typed, before cleaning (the custom pair lives in the page, not in the URL). */
  typedA = $state('GATTACAGATTACA');
  typedB = $state('GCATGCGATACA');
  playing = $state(false);
  readonly #params: () => Params;
  readonly #set: (p: Partial<Params>) => void;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(params: () => Params, setParams: (p: Partial<Params>) => void) {
    this.#params = params;
    this.#set = setParams;
  }

  readonly kind: Kind = $derived.by(() => (this.#params().scoring === 'blosum62' ? 'protein' : 'dna'));
  readonly cleanA = $derived.by(() => cleanSequence(this.typedA, this.kind));
  readonly cleanB = $derived.by(() => cleanSequence(this.typedB, this.kind));
  readonly a: string = $derived.by(() => {
    const p = this.#params().pair;
    return p === 'custom' ? this.cleanA.seq : PRESETS[p].a;
  });
  readonly b: string = $derived.by(() => {
    const p = this.#params().pair;
    return p === 'custom' ? this.cleanB.seq : PRESETS[p].b;
  });
  readonly scoring: Scoring = $derived.by(() => {
    const p = this.#params();
    return p.scoring === 'blosum62' ? { kind: 'blosum62' } : { kind: 'match', match: p.match, mismatch: p.mismatch };
  });
  readonly gaps: Gaps = $derived.by(() => {
    const p = this.#params();
    return { open: p.gaps === 'affine' ? p.open : 0, extend: p.extend };
  });
  readonly local = $derived.by(() => this.#params().mode === 'local');
  readonly alignment = $derived.by(() => {
    const s = this.scoring;
    return pairwiseAlign(this.a, this.b, {
      mode: this.local ? 'local' : 'global',
      scoring: s.kind === 'blosum62' ? BLOSUM62 : { match: s.match, mismatch: s.mismatch },
      gapOpen: this.gaps.open,
      gapExtend: this.gaps.extend,
    });
  });
  /** Inner cells (the m·n that take a max), and how many are revealed, in row-major order. */
  readonly total = $derived.by(() => this.a.length * this.b.length);
  readonly filled = $derived.by(() => {
    const f = this.#params().filled;
    return f < 0 ? this.total : Math.min(f, this.total);
  });
  readonly complete = $derived.by(() => this.filled === this.total);
  /** The cell filled last, as (i, j), or null before the first. */
  readonly current = $derived.by(() => {
    const n = this.b.length;
    if (this.filled === 0 || n === 0) return null;
    return { i: Math.floor((this.filled - 1) / n) + 1, j: ((this.filled - 1) % n) + 1 };
  });
  readonly rescored = $derived.by(() => rescore(this.alignment.alignedA, this.alignment.alignedB, this.scoring, this.gaps));

  /** Whether cell (i, j) of the full table shows its value: borders always, inner cells once filled. */
  revealed(i: number, j: number): boolean {
    return i === 0 || j === 0 || (i - 1) * this.b.length + (j - 1) < this.filled;
  }

  setFilled(k: number): void {
    this.#set({ filled: k >= this.total ? -1 : Math.max(0, k) });
  }

  step(by = 1): void {
    this.pause();
    this.setFilled((this.complete && by > 0 ? 0 : this.filled) + by);
  }

  play(): void {
    if (this.playing) return;
    if (this.complete) this.setFilled(0);
    this.playing = true;
    const per = Math.max(1, Math.ceil(this.total / PLAY_FRAMES));
    this.#timer = setInterval(() => {
      const next = this.filled + per;
      this.setFilled(next);
      if (next >= this.total) this.pause();
    }, FRAME_MS);
  }

  pause(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.playing = false;
  }

  dispose(): void {
    this.pause();
  }
}
