/**
 * One graded exercise: what the reader sees (statement, starter, hints, the project's kernel as
 * the reference) and how it is graded (cases from a seed, each with the expected value the
 * project's verified kernel gives, and a comparer with a stated tolerance).
 */
export interface ExerciseCase {
  name: string; // "random 3", "empty input", "boxes outside the image", …
  args: unknown[]; // passed to the reader's function (a fresh structured clone per call)
  expected: unknown;
  /** How the table shows the input; default: every argument previewed. */
  input?: string;
}

export interface ExerciseSpec {
  id: string;
  fn: string; // the function the reader writes, called once per case
  statement: string[]; // paragraphs; `backticks` become code
  starter: string; // TypeScript: the signature to fill in
  hints: string[]; // shown one at a time
  reference: { file: string; source: string }[]; // the project's own kernel source (Vite ?raw)
  tolerance: string; // said in the page, e.g. "each value within 1e-4 of the kernel's"
  /** Seeded random cases plus the edge cases that matter; expected values from the kernel. */
  cases(seed: number): ExerciseCase[];
  /** null when `got` is right, else why not (shown in the table). */
  compare(got: unknown, expected: unknown): string | null;
}
