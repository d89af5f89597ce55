/**
 * Small pure functions for the shape arithmetic of convolution and pooling,
 * mirroring tfjs-layers' `utils/conv_utils.ts` so that our inference agrees with
 * tfjs to the element.
 */
import type { Dim } from "./shape";

export type Padding = "valid" | "same" | "causal";

export function dilatedKernelSize(kernel: number, dilation: number): number {
  return kernel + (kernel - 1) * (dilation - 1);
}

/** Output length of a convolution or pooling window sliding over `length`. */
export function convOutputLength(
  length: Dim,
  kernel: number,
  padding: Padding,
  stride: number,
  dilation = 1,
): Dim {
  if (length === null) return null;
  const effective = dilatedKernelSize(kernel, dilation);
  const span = padding === "valid" ? length - effective + 1 : length;
  return Math.floor((span + stride - 1) / stride);
}

/** Output length of a transposed convolution (tfjs has no output padding). */
export function deconvOutputLength(
  length: Dim,
  stride: number,
  kernel: number,
  padding: Padding,
): Dim {
  if (length === null) return null;
  const scaled = length * stride;
  return padding === "valid" ? scaled + Math.max(kernel - stride, 0) : scaled;
}
