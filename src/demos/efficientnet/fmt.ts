const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });
const exact = new Intl.NumberFormat('en');

/** A count as people read it: exact with separators below a million (10,080), else 3 digits (7.53M, 1.98B). */
export function count(n: number): string {
  return Math.abs(n) < 1e6 ? exact.format(n) : compact.format(n);
}
