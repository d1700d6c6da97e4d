/**
 * Every export of src/kernels as one object: what `import { … } from 'kernels'` gives a cell.
 * Built from a glob, so a kernel added later is importable without touching this file. Two
 * files exporting the same name would make one silently win, so a clash is an error.
 */
const modules = import.meta.glob<Record<string, unknown>>('../kernels/*.ts', { eager: true });

function merge(): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  const from: Record<string, string> = Object.create(null);
  for (const [file, mod] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(mod)) {
      if (name in out && out[name] !== value) throw new Error(`kernels: ${name} is exported by both ${from[name]} and ${file}`);
      out[name] = value;
      from[name] = file;
    }
  }
  return Object.freeze(out);
}

export const kernelsModule: Readonly<Record<string, unknown>> = merge();
