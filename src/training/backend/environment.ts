/**
 * Where training can run: which tfjs backends this environment offers (in
 * the order `auto` tries them) and how to start one. The browser worker and
 * Node each describe theirs (browser.ts, ../node/backends.ts); the choice
 * itself (chooseBackend.ts) is the same code for both.
 */
import * as tf from "@tensorflow/tfjs";
import { installBatchNormFixes } from "../../compiler/tfjsFixes/batchNorm";
import { registerWasmConvBackpropFilter } from "../../compiler/tfjsFixes/wasmConvBackpropFilter";
import { registerWasmUnsortedSegmentSum } from "../../compiler/tfjsFixes/wasmUnsortedSegmentSum";
import type { BackendName } from "../../graph/training/setup";

export interface BackendEnvironment {
  /** Backends this environment can run, fastest first: the order `auto` tries them in. */
  readonly available: readonly BackendName[];
  /** Registers the backend (importing its package only now) and makes it current; false when it cannot start. */
  readonly activate: (name: BackendName) => Promise<boolean>;
}

/** Every backend in the order of preference of the issue: WebGPU, wasm, WebGL, cpu. */
export const BACKEND_ORDER: readonly BackendName[] = ["webgpu", "wasm", "webgl", "cpu"];

/** Makes an already registered backend current; false (never a throw) when it fails to initialise. */
export async function setCurrentBackend(name: BackendName): Promise<boolean> {
  try {
    if (!tf.engine().registryFactory[name]) return false;
    // wasm lacks two kernels training needs: the gradient of a convolution's kernel and the sum
    // behind an Embedding's gradient. With them, CNNs and embedding graphs train on wasm too (in
    // Node and in the browser) instead of only on WebGL or the very slow cpu backend.
    if (name === "wasm") {
      registerWasmConvBackpropFilter();
      registerWasmUnsortedSegmentSum();
    }
    const ok = await tf.setBackend(name);
    if (ok) await tf.ready();
    // tfjs 4.22's batch norm is wrong on cpu and wasm for a feature axis other than the last.
    installBatchNormFixes();
    return ok && tf.getBackend() === name;
  } catch {
    return false;
  }
}
