/** Row-major float32 arrays re-laid out: transposes of any rank and reordered row blocks. */

export interface Tensor {
  readonly shape: readonly number[];
  readonly values: Float32Array;
}

function strides(shape: readonly number[]): number[] {
  const result = new Array<number>(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) result[i] = result[i + 1]! * shape[i + 1]!;
  return result;
}

/** The tensor with its axes permuted: result axis i is input axis perm[i] (NumPy's transpose). */
export function permute(tensor: Tensor, perm: readonly number[]): Tensor {
  const shape = perm.map((axis) => tensor.shape[axis]!);
  const inStrides = strides(tensor.shape);
  const step = perm.map((axis) => inStrides[axis]!);
  const values = new Float32Array(tensor.values.length);
  const index = new Array<number>(shape.length).fill(0);
  let source = 0;
  for (let out = 0; out < values.length; out++) {
    values[out] = tensor.values[source]!;
    // Odometer over the output's indices, moving the source offset along.
    for (let axis = shape.length - 1; axis >= 0; axis--) {
      index[axis]!++;
      source += step[axis]!;
      if (index[axis]! < shape[axis]!) break;
      source -= step[axis]! * shape[axis]!;
      index[axis] = 0;
    }
  }
  return { shape, values };
}

export function reshape(tensor: Tensor, shape: readonly number[]): Tensor {
  return { shape, values: tensor.values };
}

/** The first axis cut into `blocks` equal blocks, put in the order `order` (GRU gates z, r, h → r, z, h). */
export function reorderBlocks(tensor: Tensor, blocks: number, order: readonly number[]): Tensor {
  const size = tensor.values.length / blocks;
  const values = new Float32Array(tensor.values.length);
  order.forEach((from, to) => {
    values.set(tensor.values.subarray(from * size, (from + 1) * size), to * size);
  });
  return { shape: tensor.shape, values };
}

export function filled(length: number, value: number): Tensor {
  return { shape: [length], values: new Float32Array(length).fill(value) };
}
