/** A correct solution to an exercise and plausible wrong ones, each with a case it must fail. */
export interface Wrong {
  what: string; // the mistake, in words
  code: string;
  fails: string; // name of a case that this mistake gets wrong
}

export interface Solutions {
  solution: string;
  wrong: Wrong[];
}

/** Replaces `from` (which must occur) in `code`: wrong solutions are one edit away from the right one. */
export function mutate(code: string, from: string, to: string): string {
  if (!code.includes(from)) throw new Error(`mutate: "${from}" is not in the solution`);
  return code.replace(from, to);
}
