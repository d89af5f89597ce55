/**
 * The one kernel tfjs's wasm backend lacks for training a CNN:
 * Conv2DBackpropFilter (the gradient of a convolution's kernel). Without it
 * every graph with a Conv2D falls back to the cpu backend, whose version of
 * this kernel reads each element through TensorBuffer.get and takes well over
 * 100 ms per MNIST image for LeNet-5 — far too slow for the CLI and for the
 * curriculum presets' outcome tests. wasm does have the 3-D kernel's filter
 * gradient, and a 2-D convolution is a 3-D one of depth 1: the same buffers
 * with a depth axis of 1 added to the shapes. Strides above 1 (where that
 * kernel disagrees with the cpu backend's in tfjs 4.22) and paddings it cannot
 * express (explicit, or with a rounding mode) take a plain loop over typed
 * arrays instead. setCurrentBackend registers it whenever wasm is made current, in
 * Node and in the browser's worker (channels-last, as tfjs layers use), so CNNs
 * can train on wasm with its fast forward convolutions.
 */
import * as tf from "@tensorflow/tfjs";
import { type KernelArgs, registerWasmKernel, type WasmBackendData } from "./wasmKernels";

interface BackpropFilterAttrs {
  readonly strides: [number, number] | number;
  readonly pad: "valid" | "same" | number | tf.backend_util.ExplicitPadding;
  readonly dataFormat: "NHWC" | "NCHW";
  readonly dimRoundingMode?: "floor" | "round" | "ceil";
  readonly filterShape: [number, number, number, number];
}

/** dW[r, c, i, o] = Σ over batch and output positions of x[b, y·s + r − pad, x·s + c − pad, i] · dy[b, y, x, o]. */
export function conv2dBackpropFilterValues(
  x: Float32Array,
  dy: Float32Array,
  info: tf.backend_util.Conv2DInfo,
): Float32Array {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels } = info;
  const { filterHeight, filterWidth, strideHeight, strideWidth } = info;
  const top = info.padInfo.top;
  const left = info.padInfo.left;
  const dW = new Float32Array(filterHeight * filterWidth * inChannels * outChannels);
  for (let b = 0; b < batchSize; b++) {
    for (let yR = 0; yR < outHeight; yR++) {
      for (let yC = 0; yC < outWidth; yC++) {
        const dyBase = ((b * outHeight + yR) * outWidth + yC) * outChannels;
        for (let wR = 0; wR < filterHeight; wR++) {
          const xR = yR * strideHeight + wR - top;
          if (xR < 0 || xR >= inHeight) continue;
          for (let wC = 0; wC < filterWidth; wC++) {
            const xC = yC * strideWidth + wC - left;
            if (xC < 0 || xC >= inWidth) continue;
            const xBase = ((b * inHeight + xR) * inWidth + xC) * inChannels;
            const wBase = (wR * filterWidth + wC) * inChannels * outChannels;
            for (let d1 = 0; d1 < inChannels; d1++) {
              const xValue = x[xBase + d1]!;
              if (xValue === 0) continue; // ReLU outputs and zero padding are often 0
              const row = wBase + d1 * outChannels;
              for (let d2 = 0; d2 < outChannels; d2++) dW[row + d2]! += xValue * dy[dyBase + d2]!;
            }
          }
        }
      }
    }
  }
  return dW;
}

function floats(values: tf.backend_util.BackendValues): Float32Array {
  return values instanceof Float32Array ? values : Float32Array.from(values as ArrayLike<number>);
}

function conv2dBackpropFilter(args: KernelArgs): tf.TensorInfo {
  const backend = args.backend as WasmBackendData;
  const { x, dy } = args.inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
  const attrs = args.attrs as unknown as BackpropFilterAttrs;
  if (attrs.dataFormat === "NCHW")
    throw new Error("Conv2DBackpropFilter on wasm supports channels-last (NHWC) data only.");
  const conv3d = tf.getKernel("Conv3DBackpropFilterV2", "wasm");
  const { pad } = attrs;
  const [sh, sw] =
    typeof attrs.strides === "number" ? [attrs.strides, attrs.strides] : attrs.strides;
  if (
    conv3d &&
    sh === 1 &&
    sw === 1 &&
    attrs.dimRoundingMode === undefined &&
    typeof pad !== "object"
  ) {
    const [b, h, w, c] = x.shape;
    const [dyB, dyH, dyW, dyC] = dy.shape;
    const [fh, fw, fi, fo] = attrs.filterShape;
    const out = conv3d.kernelFunc({
      inputs: {
        x: { ...x, shape: [b!, 1, h!, w!, c!] },
        dy: { ...dy, shape: [dyB!, 1, dyH!, dyW!, dyC!] },
      },
      backend: args.backend as tf.KernelBackend,
      attrs: { strides: [1, sh, sw], pad, filterShape: [1, fh, fw, fi, fo] },
    }) as tf.TensorInfo;
    // The same buffer read as the 2-D kernel's shape (as wasm's own Reshape does).
    return { ...out, shape: [...attrs.filterShape] };
  }
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    attrs.filterShape,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
    false,
    "channelsLast",
  );
  const values = conv2dBackpropFilterValues(
    floats(backend.readSync(x.dataId)),
    floats(backend.readSync(dy.dataId)),
    info,
  );
  return backend.makeOutput([...info.filterShape], "float32", undefined, values);
}

/** Registers the kernel for wasm unless tfjs has its own (see wasmKernels.ts). */
export function registerWasmConvBackpropFilter(): void {
  registerWasmKernel("Conv2DBackpropFilter", conv2dBackpropFilter);
}
