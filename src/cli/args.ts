/**
 * Minimal argv parsing for the CLIs: `<positional> --key value --flag`. Numbers stay strings;
 * callers convert with `num`, which rejects anything not a finite number.
 */
export interface Args {
  positional: string[];
  options: Record<string, string | true>;
}

export function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [key, inline] = a.slice(2).split('=', 2);
    if (inline !== undefined) options[key] = inline;
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options[key] = argv[++i];
    else options[key] = true;
  }
  return { positional, options };
}

export function num(args: Args, key: string, fallback: number): number {
  const v = args.options[key];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (v === true || !Number.isFinite(n)) throw new Error(`--${key} needs a number, got ${String(v)}`);
  return n;
}
