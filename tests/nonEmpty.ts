/** A data-driven test's case list, refused when empty: a test over nothing would pass without checking anything. */
export function nonEmpty<T>(cases: readonly T[], what = 'case list'): T[] {
  if (cases.length === 0) throw new Error(`the ${what} is empty: the test would check nothing`);
  return [...cases];
}
