/**
 * The wasm Conv2DBackpropFilter gives the cpu backend's kernel gradients, for
 * each padding and stride — through the 3-D kernel and through the fallback loop.
 */
import * as tf from "@tensorflow/tfjs";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  conv2dBackpropFilterValues,
  registerWasmConvBackpropFilter,
} from "../../compiler/tfjsFixes/wasmConvBackpropFilter";
import { setCurrentBackend } from "../backend/environment";
import { nodeBackends } from "./backends";

function kernelGradient(
  x: tf.Tensor4D,
  filter: tf.Tensor4D,
  strides: number,
  pad: "same" | "valid",
): Float32Array {
  const grad = tf.grad((f) =>
    tf
      .conv2d(x, f as tf.Tensor4D, strides, pad)
      .square()
      .sum(),
  )(filter);
  const values = grad.dataSync() as Float32Array;
  grad.dispose();
  return values;
}

let previous = "";
beforeAll(() => {
  previous = tf.getBackend();
  registerWasmConvBackpropFilter();
});
afterAll(async () => {
  await setCurrentBackend(previous as "cpu");
});

it.each([
  [1, "same"],
  [1, "valid"],
  [2, "same"],
  [2, "valid"],
] as const)("matches the cpu kernel at stride %i, padding %s", async (strides, pad) => {
  const seedX = Array.from({ length: 2 * 9 * 7 * 3 }, (_, i) => Math.sin(i * 1.3));
  const seedF = Array.from({ length: 3 * 3 * 3 * 4 }, (_, i) => Math.cos(i * 0.7));
  const gradientOn = async (backend: "cpu" | "wasm") => {
    expect(await nodeBackends().activate(backend)).toBe(true);
    return tf.tidy(() =>
      kernelGradient(
        tf.tensor4d(seedX, [2, 9, 7, 3]),
        tf.tensor4d(seedF, [3, 3, 3, 4]),
        strides,
        pad,
      ),
    );
  };
  const cpu = await gradientOn("cpu");
  const wasm = await gradientOn("wasm");
  expect(wasm.length).toBe(cpu.length);
  for (let i = 0; i < cpu.length; i++) expect(wasm[i]).toBeCloseTo(cpu[i]!, 2);

  // The fallback loop on the same numbers: dy = 2·conv(x, f) is the gradient of the summed square.
  const [loopX, loopDy] = tf.tidy(() => {
    const x = tf.tensor4d(seedX, [2, 9, 7, 3]);
    const y = tf.conv2d(x, tf.tensor4d(seedF, [3, 3, 3, 4]), strides, pad);
    return [x.dataSync() as Float32Array, y.mul(2).dataSync() as Float32Array];
  });
  const info = tf.backend_util.computeConv2DInfo([2, 9, 7, 3], [3, 3, 3, 4], strides, 1, pad);
  const loop = conv2dBackpropFilterValues(loopX, loopDy, info);
  for (let i = 0; i < cpu.length; i++) expect(loop[i]).toBeCloseTo(cpu[i]!, 2);
});
