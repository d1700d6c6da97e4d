import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelSpec } from '../models/spec';
import { MODELS_DIR, cardPath, readCard, sha256 } from './modelFiles';
import { tfjsFiles } from './tfjsFiles';

/**
 * `npm run train -- <name> --export-only`: runs the spec's export step again on the SHIPPED tfjs
 * weights (no retraining) and adds the graphs the card does not list yet (U-Net's feature-map
 * graph). A graph the card already lists must come out byte-identical, or nothing is written:
 * a re-export never changes a shipped model.
 */
export async function reexport(spec: ModelSpec, argv: string[], log: (line: string) => void): Promise<void> {
  if (!spec.loadShipped) throw new Error(`${spec.name}: its spec cannot load shipped weights (no loadShipped), so it can only be retrained`);
  const card = readCard(spec.name);
  const tfjs = tfjsFiles(spec.name, card.tfjsWeights.files);
  for (const [path, bytes] of Object.entries(tfjs))
    if (sha256(bytes) !== card.tfjsWeights.sha256[path]) throw new Error(`models/${spec.name}/${path} does not match its card's sha256`);
  const model = await spec.loadShipped(tfjs);
  try {
    const { onnx } = await spec.export(model);
    const added: string[] = [];
    for (const [role, f] of Object.entries(onnx)) {
      const entry = { name: f.name, bytes: f.bytes.length, sha256: sha256(f.bytes) };
      const shipped = card.files[role];
      if (shipped && (shipped.name !== entry.name || shipped.sha256 !== entry.sha256))
        throw new Error(
          `re-exporting ${spec.name}'s "${role}" gives ${entry.sha256.slice(0, 12)}…, not the shipped ${shipped.sha256.slice(0, 12)}…: refusing to change a shipped graph`,
        );
      if (shipped) continue;
      writeFileSync(join(MODELS_DIR, spec.name, f.name), f.bytes);
      card.files[role] = entry;
      added.push(`${role}: ${f.name} ${entry.bytes} bytes sha256 ${entry.sha256.slice(0, 12)}…`);
    }
    card.exportCommand = `npm run train -- ${argv.join(' ')}`;
    writeFileSync(cardPath(spec.name), JSON.stringify(card, null, 2) + '\n');
    log(added.length ? `added ${added.join('; ')}` : 'every exported graph was already shipped, byte-identical');
  } finally {
    spec.dispose(model);
  }
}
