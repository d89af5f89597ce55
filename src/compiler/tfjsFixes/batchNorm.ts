/**
 * Two bugs of tfjs 4.22 that make BatchNormalization with a feature axis
 * other than the last (axis 1 of a [batch, steps, features] input, say)
 * wrong, fixed in place so the layer computes what Keras computes:
 *
 * 1. The cpu and wasm FusedBatchNorm kernels read mean, variance, offset and
 *    scale cyclically along the flattened input, which is right only when
 *    those broadcast along the last axes. tfjs-layers reshapes them to
 *    [1, C, 1] for axis 1, so every value came out normalised with another
 *    feature's statistics (webgl broadcasts properly). The replacement
 *    broadcasts; the shapes the native kernel gets right still go to it.
 * 2. The FusedBatchNorm gradient (every backend) reshapes the full-size
 *    derivative to the statistics' shape instead of summing it there when the
 *    statistics have rank > 1: training such a layer threw
 *    "Size(24) must match the product of shape 1,3,1". The replacement sums
 *    over the broadcast axes for every rank (for rank 1 it is tfjs's own).
 *
 * installBatchNormFixes() is idempotent; it patches the backends registered
 * when it runs, so it is called when the compiler loads (cpu) and again
 * whenever a backend is made current (wasm registers its kernels on import).
 */
import * as tf from "@tensorflow/tfjs";

const KERNEL = "FusedBatchNorm";
const PATCHED_BACKENDS = ["cpu", "wasm"] as const;
type PatchedBackend = (typeof PATCHED_BACKENDS)[number];

/** Marks our kernel and gradient configs, so a second install leaves them alone. */
const FIXED = Symbol("neurograph.batchNormFix");
type Marked<T> = T & { [FIXED]?: true };

interface KernelBackendData {
  readSync(dataId: tf.DataId): tf.backend_util.BackendValues;
}
interface CpuBackend extends KernelBackendData {
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: Float32Array): tf.TensorInfo;
}
interface WasmBackend extends KernelBackendData {
  makeOutput(
    shape: number[],
    dtype: tf.DataType,
    memoryOffset?: number,
    values?: Float32Array,
  ): tf.TensorInfo;
}

/**
 * True when cyclic reading gives the broadcast value: the shape, leading 1s
 * dropped, is the input shape's tail (a rank-1 [C] on [..., C], a scalar).
 */
export function broadcastsAlongTail(shape: readonly number[], xShape: readonly number[]): boolean {
  let start = 0;
  while (start < shape.length && shape[start] === 1) start++;
  const tail = shape.slice(start);
  const xTail = xShape.slice(xShape.length - tail.length);
  return tail.length <= xShape.length && tail.every((size, i) => size === xTail[i]);
}

/** For each element of an input of `xShape`, the index of its broadcast value in a tensor of `shape`. */
function broadcastIndices(shape: readonly number[], xShape: readonly number[]): Int32Array {
  const rank = xShape.length;
  const offset = rank - shape.length;
  // Per input axis, the step in the parameter's flat array (0 where the parameter is broadcast).
  const steps = new Array<number>(rank).fill(0);
  let stride = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    if (shape[axis] !== 1) steps[axis + offset] = stride;
    stride *= shape[axis]!;
  }
  const size = xShape.reduce((a, b) => a * b, 1);
  const indices = new Int32Array(size);
  const coords = new Array<number>(rank).fill(0);
  let index = 0;
  for (let i = 0; i < size; i++) {
    indices[i] = index;
    // Advance the coordinates like an odometer, keeping the parameter's index in step.
    for (let axis = rank - 1; axis >= 0; axis--) {
      coords[axis]!++;
      index += steps[axis]!;
      if (coords[axis]! < xShape[axis]!) break;
      index -= steps[axis]! * coords[axis]!;
      coords[axis] = 0;
    }
  }
  return indices;
}

/** (x − mean) / √(variance + ε) · scale + offset, every parameter broadcast against x. */
export function batchNormValues(
  x: { values: ArrayLike<number>; shape: readonly number[] },
  params: {
    mean: { values: ArrayLike<number>; shape: readonly number[] };
    variance: { values: ArrayLike<number>; shape: readonly number[] };
    offset?: { values: ArrayLike<number>; shape: readonly number[] };
    scale?: { values: ArrayLike<number>; shape: readonly number[] };
  },
  epsilon: number,
): Float32Array {
  const at = (p: { shape: readonly number[] }) => broadcastIndices(p.shape, x.shape);
  const [mean, variance] = [params.mean, params.variance];
  const [meanAt, varianceAt] = [at(mean), at(variance)];
  const offsetAt = params.offset && at(params.offset);
  const scaleAt = params.scale && at(params.scale);
  const out = new Float32Array(x.values.length);
  for (let i = 0; i < out.length; i++) {
    const normalised =
      (x.values[i]! - mean.values[meanAt[i]!]!) /
      Math.sqrt(variance.values[varianceAt[i]!]! + epsilon);
    const scaled = scaleAt ? normalised * params.scale!.values[scaleAt[i]!]! : normalised;
    out[i] = offsetAt ? scaled + params.offset!.values[offsetAt[i]!]! : scaled;
  }
  return out;
}

function patchKernel(backendName: PatchedBackend): void {
  const original = tf.getKernel(KERNEL, backendName) as Marked<tf.KernelConfig> | undefined;
  if (!original || original[FIXED]) return;
  const fixed: Marked<tf.KernelConfig> = {
    ...original,
    kernelFunc: (args) => {
      const { x, mean, variance, offset, scale } = args.inputs as Record<
        string,
        tf.TensorInfo | undefined
      >;
      const params = [mean, variance, offset, scale].filter((p) => p !== undefined);
      if (params.every((p) => broadcastsAlongTail(p.shape, x!.shape)))
        return original.kernelFunc(args);
      const backend = args.backend as unknown as KernelBackendData;
      const read = (t: tf.TensorInfo) => ({
        values: backend.readSync(t.dataId) as Float32Array,
        shape: t.shape,
      });
      const values = batchNormValues(
        read(x!),
        {
          mean: read(mean!),
          variance: read(variance!),
          ...(offset ? { offset: read(offset) } : {}),
          ...(scale ? { scale: read(scale) } : {}),
        },
        (args.attrs as { varianceEpsilon: number }).varianceEpsilon,
      );
      return backendName === "cpu"
        ? (backend as CpuBackend).makeTensorInfo(x!.shape, "float32", values)
        : (backend as WasmBackend).makeOutput(x!.shape, "float32", undefined, values);
    },
  };
  fixed[FIXED] = true;
  tf.unregisterKernel(KERNEL, backendName);
  tf.registerKernel(fixed);
}

/** `t` summed over the axes `shape` is broadcast along, in `shape`. */
function sumTo(t: tf.Tensor, shape: readonly number[]): tf.Tensor {
  const axes = tf.backend_util.getReductionAxes(shape as number[], t.shape);
  return tf.reshape(axes.length > 0 ? tf.sum(t, axes) : t, shape as number[]);
}

const gradient: Marked<tf.GradConfig> = {
  kernelName: KERNEL,
  inputsToSave: ["x", "mean", "variance", "scale"],
  gradFunc: (dy, saved, attrs) => {
    const { varianceEpsilon } = attrs as unknown as { varianceEpsilon: number };
    const [x, mean, variance, scale] = saved as [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor?];
    const dyTimesScale = scale ? tf.mul(dy as tf.Tensor, scale) : (dy as tf.Tensor);
    const xMinusMean = tf.sub(x, mean);
    const oneOverSqrtVariance = tf.rsqrt(tf.add(variance, varianceEpsilon));
    const minusHalfRCube = tf.mul(tf.pow(oneOverSqrtVariance, 3), -0.5);
    return {
      x: () => tf.reshape(tf.mul(dyTimesScale, oneOverSqrtVariance), x.shape),
      mean: () => sumTo(tf.neg(tf.mul(dyTimesScale, oneOverSqrtVariance)), mean.shape),
      variance: () =>
        sumTo(tf.mul(tf.mul(minusHalfRCube, xMinusMean), dyTimesScale), variance.shape),
      scale: () =>
        sumTo(tf.mul(dy as tf.Tensor, tf.mul(xMinusMean, oneOverSqrtVariance)), mean.shape),
      offset: () => sumTo(dy as tf.Tensor, mean.shape),
    };
  },
};
gradient[FIXED] = true;

let gradientInstalled = false;

/** Replaces the FusedBatchNorm gradient and the cpu and wasm kernels (those registered now); idempotent. */
export function installBatchNormFixes(): void {
  if (!gradientInstalled) {
    tf.registerGradient(gradient);
    gradientInstalled = true;
  }
  for (const backendName of PATCHED_BACKENDS) patchKernel(backendName);
}
