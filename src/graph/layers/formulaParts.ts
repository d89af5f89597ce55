/**
 * TeX lines that several layer kinds' `formula` share (sliding-window sizes,
 * pooling windows, weight penalties), so the same idea is written the same way
 * on every kind that has it. Language-neutral: the words live in `summary`.
 */

/**
 * The output length of a window sliding over one axis (length n, window k,
 * stride s, dilation d, padding p per side), as tfjs computes it in
 * `convOutputLength`: 'valid' pads nothing, 'same' pads so that ⌈n/s⌉ remain.
 */
export function windowOutputTeX(dilated: boolean): readonly string[] {
  const k = dilated ? String.raw`\hat{k}` : "k";
  return [
    String.raw`n'_{\mathtt{valid}} = \left\lfloor \frac{n + 2p - ${k}}{s} \right\rfloor + 1, \quad p = 0`,
    String.raw`n'_{\mathtt{same}} = \left\lceil \frac{n}{s} \right\rceil`,
    ...(dilated ? [String.raw`\hat{k} = d\,(k - 1) + 1`] : []),
  ];
}

/**
 * How far back into the network's input one unit sees: the receptive field r
 * grows by (k − 1) input steps of the layer's "jump" j (the product of the
 * strides before it). r₀ = j₀ = 1 at the input.
 */
export function receptiveFieldTeX(dilated: boolean): readonly string[] {
  const k = dilated ? String.raw`\hat{k}_\ell` : String.raw`k_\ell`;
  return [
    String.raw`r_\ell = r_{\ell-1} + (${k} - 1)\, j_{\ell-1}`,
    String.raw`j_\ell = j_{\ell-1}\, s_\ell, \quad r_0 = j_0 = 1`,
  ];
}

/** The window R of output position (i, j) of a 2-D pooling layer. */
export const POOL_WINDOW_2D: readonly string[] = [
  String.raw`R_{ij} = \{(s_h i + a,\; s_w j + b)\}`,
  String.raw`0 \le a < k_h, \quad 0 \le b < k_w`,
];

/** The window R of output step t of a 1-D pooling layer. */
export const POOL_WINDOW_1D = String.raw`R_{t} = \{s\,t + a : 0 \le a < k\}`;

/**
 * The L1/L2 penalty a `kernelRegularizer` adds to the loss, on the weight
 * matrix called `matrix` in the kind's own formula (W for dense and
 * convolution kernels, U for a recurrent layer's input weights).
 */
export function penaltyTeX(matrix = "W"): readonly string[] {
  return [
    String.raw`\mathcal{L} \leftarrow \mathcal{L} + \lambda_1 \lVert ${matrix} \rVert_1 + \lambda_2 \lVert ${matrix} \rVert_2^2`,
    String.raw`\lVert ${matrix} \rVert_1 = \sum_{i,j} |${matrix.toLowerCase()}_{ij}|, \quad \lVert ${matrix} \rVert_2^2 = \sum_{i,j} ${matrix.toLowerCase()}_{ij}^2`,
  ];
}
