/** A share as the demo prints it: one decimal of a percent. */
export const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(1)}%` : '–');
