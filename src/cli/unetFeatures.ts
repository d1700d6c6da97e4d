/**
 * Re-exports the SHIPPED U-Net's tfjs weights (models/unet/tfjs) to models/unet/unet-features.onnx:
 * the same network with every level's activations as extra outputs, for the unet-lessons demo's
 * feature-map panel. No retraining; tests/unit/models/unetFeatures.test.ts checks that the file is
 * this export of those weights and that its logits are the shipped unet.onnx's.
 *   npx tsx src/cli/unetFeatures.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTfBackend } from '../models/runtime/tfBackend';
import { UNET_FEATURE_TAPS, exportUNetFeatures } from '../models/unet/exportFeatures';
import { MODELS_DIR } from './modelFiles';
import { loadTfjsModel } from './tfjsFiles';

await useTfBackend('cpu');
const model = await loadTfjsModel('unet');
const bytes = exportUNetFeatures(model);
const path = join(MODELS_DIR, 'unet', 'unet-features.onnx');
writeFileSync(path, bytes);
console.log(`wrote ${path}: ${bytes.length} bytes, taps ${UNET_FEATURE_TAPS.join(', ')}`);
model.dispose();
