import { serializeParams, validateParams, type ParamSchema, type ParamValues } from '../demos/params';
import type { DemoMeta, DemoStep } from '../demos/types';

/** URL keys every demo route understands besides its own params. */
export const RESERVED_KEYS = ['step', 'present'] as const;

/**
 * A demo's parameter state: validated from untrusted strings, editable by the demo, and
 * stepped through in presenter mode. Steps apply their patches on top of the current values,
 * so every control keeps working while presenting.
 */
export class DemoState<S extends ParamSchema = ParamSchema> {
  values: ParamValues<S> = $state() as ParamValues<S>;
  step = $state(0);
  fixes: string[] = $state([]);
  readonly meta: DemoMeta<S>;

  constructor(meta: DemoMeta<S>, raw: Record<string, string>) {
    this.meta = meta;
    this.load(raw);
  }

  load(raw: Record<string, string>): void {
    const { values, fixes } = validateParams(this.meta.params, raw, RESERVED_KEYS);
    this.values = values;
    this.fixes = fixes;
    this.step = 0;
    if (raw.step !== undefined) {
      const total = this.steps.length;
      const k = Number(raw.step);
      const clamped = Number.isFinite(k) ? Math.min(total, Math.max(0, Math.round(k))) : 0;
      if (clamped !== k) this.fixes.push(`step="${raw.step}" is outside 0–${total}; using ${clamped}`);
      this.goTo(clamped);
    }
  }

  get steps(): DemoStep<ParamValues<S>>[] {
    return this.meta.steps?.(this.values) ?? [];
  }

  set(patch: Partial<ParamValues<S>>): void {
    // Re-validate so a demo can never push an out-of-range value into the URL.
    const merged = { ...this.values, ...patch } as Record<string, unknown>;
    const raw = Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v)]));
    const valid = validateParams(this.meta.params, raw).values as Record<string, unknown>;
    // Assign key by key: only what changed notifies, so a drag does not recompute a demo's image.
    const current = this.values as Record<string, unknown>;
    for (const [k, v] of Object.entries(valid)) if (current[k] !== v) current[k] = v;
  }

  goTo(k: number): void {
    const steps = this.steps;
    const target = Math.min(steps.length, Math.max(0, k));
    for (let i = 0; i < target; i++) if (steps[i].patch) this.set(steps[i].patch!);
    this.step = target;
  }

  /** What the URL should hold: non-default params, plus the step when one is active. */
  query(): Record<string, string> {
    const q = serializeParams(this.meta.params, this.values);
    if (this.step > 0) q.step = String(this.step);
    return q;
  }
}
