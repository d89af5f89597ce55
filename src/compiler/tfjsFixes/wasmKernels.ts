/** What the kernels Neurograph adds to tfjs's wasm backend share: the backend calls they make, and registration. */
import * as tf from "@tensorflow/tfjs";

/** The part of tfjs-backend-wasm's BackendWasm these kernels use (the same calls its own JS kernels make). */
export interface WasmBackendData {
  readSync(dataId: tf.DataId): tf.backend_util.BackendValues;
  makeOutput(
    shape: number[],
    dtype: tf.DataType,
    memoryOffset?: number,
    values?: tf.backend_util.BackendValues,
  ): tf.TensorInfo;
}

/** The arguments tfjs passes a kernel function. */
export interface KernelArgs {
  readonly inputs: tf.NamedTensorInfoMap;
  readonly backend: object;
  readonly attrs?: tf.NamedAttrMap;
}

/** Registers `kernelFunc` as wasm's `kernelName` unless tfjs already has one (a later tfjs may ship its own). */
export function registerWasmKernel(
  kernelName: string,
  kernelFunc: (args: KernelArgs) => tf.TensorInfo,
): void {
  if (tf.getKernel(kernelName, "wasm")) return;
  tf.registerKernel({ kernelName, backendName: "wasm", kernelFunc: kernelFunc as tf.KernelFunc });
}
