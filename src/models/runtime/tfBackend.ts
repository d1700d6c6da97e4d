import * as tf from '@tensorflow/tfjs';
import { registerConvGradKernels } from './convGradKernels';
import { registerDepthwiseGradKernels } from './depthwiseGradKernels';

/**
 * Chooses the tfjs backend for training and inference outside the main thread: wasm when it
 * initialises (SIMD, one thread; ~20× faster than cpu for convs), else webgl, else cpu. Installs the conv
 * gradient kernels either backend needs to train conv nets at a usable speed.
 * `configureWasm` runs before the first wasm use: in a browser it must call setWasmPaths with
 * Vite `?url` imports of the .wasm files (Node finds them next to the package on its own).
 */
export interface BackendChoice {
  backend: 'wasm' | 'webgl' | 'cpu';
  note: string; // why this backend, for logs and model cards
}

/**
 * tfjs's cpu backend prints a "install tfjs-node" banner on its first tensor in Node, on every CLI
 * run and test file. tfjs-node cannot install here (its binary download fails) and wasm is our
 * fast path, so the advice does not apply: mark the banner as shown. Browsers never print it.
 */
function quietNodeBanner(): void {
  const cpu = tf.findBackend('cpu') as { firstUse?: boolean } | undefined;
  if (cpu && 'firstUse' in cpu) cpu.firstUse = false;
}

export async function useTfBackend(preferred: 'wasm' | 'cpu' = 'wasm', configureWasm?: () => void | Promise<void>): Promise<BackendChoice> {
  let note = preferred === 'cpu' ? 'cpu requested' : 'wasm (SIMD, 1 thread)';
  if (preferred === 'wasm') {
    try {
      await import('@tensorflow/tfjs-backend-wasm');
      // The threaded wasm build hangs under COOP/COEP in browsers; one thread is what we measured.
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      await configureWasm?.();
      if (!(await tf.setBackend('wasm'))) throw new Error('tf.setBackend("wasm") returned false');
      await tf.ready();
      quietNodeBanner(); // tfjs keeps a cpu backend beside wasm for small host-side tensors
      registerConvGradKernels('wasm');
      registerDepthwiseGradKernels('wasm'); // wasm has no depthwise gradients at all
      return { backend: 'wasm', note };
    } catch (e) {
      note = `wasm failed (${(e as Error).message})`;
    }
  }
  // webgl next, where there is a GPU context (OffscreenCanvas in a worker); its own gradient
  // kernels are fine. Node and GPU-less workers skip straight to cpu.
  if (preferred === 'wasm' && typeof OffscreenCanvas !== 'undefined') {
    try {
      if (await tf.setBackend('webgl')) {
        await tf.ready();
        return { backend: 'webgl', note: `${note}; using webgl` };
      }
    } catch (e) {
      note += `; webgl failed (${(e as Error).message})`;
    }
  }
  await tf.setBackend('cpu');
  await tf.ready();
  quietNodeBanner();
  registerConvGradKernels('cpu');
  return { backend: 'cpu', note };
}
