import { applyLimits, dropUnrestorable, parseParam, serializeParams, validateParams, type ParamSchema, type ParamValues } from '../demos/params';
import type { DemoMeta, DemoStep } from '../demos/types';

/** URL keys every demo route understands besides its own params. */
export const RESERVED_KEYS = ['step', 'present'] as const;

/** What a step changed: the params whose value moved, and the panel the step names, if any. */
export interface StepChange {
  changed: string[];
  show?: string;
}

const asText = (v: unknown) => (typeof v === 'boolean' ? (v ? '1' : '0') : String(v));

/**
 * A demo's parameter state: validated from untrusted strings, editable by the demo, and
 * stepped through in presenter mode. Step k is always the state at step 0 with the patches of
 * steps 1…k applied (never a patch on whatever is on screen), so walking back undoes exactly
 * what walking forward did. Controls keep working while presenting; the next step starts again
 * from step 0's state.
 */
export class DemoState<S extends ParamSchema = ParamSchema> {
  values: ParamValues<S> = $state() as ParamValues<S>;
  step = $state(0);
  fixes: string[] = $state([]);
  readonly meta: DemoMeta<S>;
  /** The values at step 0, kept while a step is shown. */
  #base: ParamValues<S> | null = $state.raw(null);

  constructor(meta: DemoMeta<S>, raw: Record<string, string>) {
    this.meta = meta;
    this.load(raw);
  }

  load(raw: Record<string, string>): void {
    const { values, fixes } = validateParams(this.meta.params, raw, RESERVED_KEYS);
    fixes.push(...dropUnrestorable(this.meta.params, values));
    for (const text of this.meta.repair?.(values) ?? []) fixes.push({ key: '', text });
    applyLimits(values, this.meta.limits, fixes, raw);
    this.values = values;
    this.fixes = fixes.map((f) => f.text);
    this.step = 0;
    this.#base = null;
    if (Object.hasOwn(raw, 'step')) {
      const total = this.steps.length;
      const { value, fix } = parseParam('step', { type: 'int', label: 'step', default: 0, min: 0, max: total }, raw.step);
      if (fix) this.fixes.push(fix);
      this.goTo(Number(value));
    }
  }

  get steps(): DemoStep<ParamValues<S>>[] {
    return this.meta.steps?.(this.#base ?? this.values) ?? [];
  }

  set(patch: Partial<ParamValues<S>>): string[] {
    return this.#assign(this.#valid({ ...this.values, ...patch }));
  }

  goTo(k: number): StepChange {
    const steps = this.steps;
    const target = Math.min(steps.length, Math.max(0, Math.round(k)));
    // Values are primitives, so a shallow copy is a snapshot.
    const base: ParamValues<S> = this.#base ?? Object.assign({}, this.values);
    const next: Record<string, unknown> = Object.assign({}, base);
    for (let i = 0; i < target; i++) Object.assign(next, steps[i].patch);
    const changed = this.#assign(this.#valid(next));
    this.#base = target === 0 ? null : base;
    this.step = target;
    return { changed, show: target > 0 ? steps[target - 1].show : undefined };
  }

  /** What the URL should hold: non-default params, plus the step when one is active. */
  query(): Record<string, string> {
    const q = serializeParams(this.meta.params, this.values);
    if (this.step > 0) q.step = String(this.step);
    return q;
  }

  /** Re-validates, so a demo or a step can never push an out-of-range value into the URL. */
  #valid(merged: Record<string, unknown>): ParamValues<S> {
    const raw = Object.fromEntries(
      Object.entries(merged)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, asText(v)]),
    );
    const { values } = validateParams(this.meta.params, raw);
    this.meta.repair?.(values);
    applyLimits(values, this.meta.limits);
    return values;
  }

  /** Key by key: only what changed notifies, so a drag does not recompute a demo's image. */
  #assign(next: ParamValues<S>): string[] {
    const current: Record<string, unknown> = this.values;
    const changed: string[] = [];
    for (const [k, v] of Object.entries(next)) {
      if (current[k] === v) continue;
      current[k] = v;
      changed.push(k);
    }
    return changed;
  }
}
