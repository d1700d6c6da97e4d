/**
 * Evaluates a shipped model (any name in src/models/registry.ts) with onnxruntime-web on fresh
 * seeded scenes and prints ONE JSON line of metrics on stdout (diagnostics go to stderr).
 *   npm run eval -- <model> --seed N --count K
 */
import { MODELS } from '../models/registry';
import { num, parseArgs } from './args';
import { readCard, readModelFile, sha256 } from './modelFiles';

const args = parseArgs(process.argv.slice(2));
const spec = MODELS.get(args.positional[0] ?? '');
if (!spec) {
  console.error(`usage: npm run eval -- <model> --seed N --count K\nmodels: ${[...MODELS.keys()].join(', ')}`);
  process.exit(2);
}

try {
  const seed = num(args, 'seed', 1000);
  const count = num(args, 'count', 1000);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive whole number, got ${count}`);
  const card = readCard(spec.name);
  if (seed === card.data.seed) console.error(`warning: seed ${seed} is the training seed; pick another for fresh data`);
  const files = Object.fromEntries(Object.keys(card.files).map((role) => [role, readModelFile(spec.name, role)]));
  const t0 = performance.now();
  // The card's data options, not today's code defaults: the model is judged on the data it was made for.
  const metrics = await spec.evaluate(files, card, seed, count);
  const seconds = Number(((performance.now() - t0) / 1000).toFixed(2));
  const sha256Matches = Object.entries(files).every(([role, bytes]) => sha256(bytes) === card.files[role].sha256);
  console.log(JSON.stringify({ model: spec.name, engine: 'onnxruntime-web (wasm)', seed, count, ...metrics, sha256Matches, seconds }));
} catch (e) {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
}
