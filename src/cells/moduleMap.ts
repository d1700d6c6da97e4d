import { kernelsModule } from './kernelsModule';
import * as shapes from '../models/data/shapes';
import * as render from '../models/data/render';

/**
 * What a cell may `import`: the project's kernels and the shapes-world generators, nothing else
 * (no npm packages, no URLs). Exercises may import nothing: they grade the reader's own code.
 */
const shapesModule = Object.freeze({ ...shapes, ...render });

export type ImportPolicy = 'cell' | 'exercise';

export function cellRequire(policy: ImportPolicy): (name: string) => unknown {
  return (name: string) => {
    if (policy === 'exercise') throw new Error(`imports are off in exercises (tried '${name}'): write the function from scratch`);
    if (name === 'kernels') return kernelsModule;
    if (name === 'shapes') return shapesModule;
    throw new Error(`only 'kernels' and 'shapes' can be imported (tried '${name}')`);
  };
}
