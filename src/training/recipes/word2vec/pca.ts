/**
 * Principal component analysis down to two dimensions, for drawing word
 * vectors on a plane. Pure and deterministic (the same vectors always give
 * the same picture, signs included), and cheap for what it is used for: a
 * hundred vectors of any length. It works on the n × n Gram matrix of the
 * centred rows (n is small, the vectors may be long) and finds its two
 * leading eigenvectors by power iteration with deflation; the coordinates of
 * row i are √λₖ·uₖ[i], which equals the projection of the row onto the k-th
 * principal axis.
 */

const ITERATIONS = 500;
const TOLERANCE = 1e-12;

/**
 * `rows` × `dims` values, row-major → `rows` × 2 coordinates (first and second
 * principal component). Each axis's sign is chosen so that the point farthest
 * along it is on the positive side.
 */
export function pca2(values: ArrayLike<number>, rows: number, dims: number): Float32Array {
  const out = new Float32Array(rows * 2);
  if (rows === 0 || dims === 0) return out;
  const centred = centre(values, rows, dims);
  const gram = new Float64Array(rows * rows);
  for (let i = 0; i < rows; i++)
    for (let j = i; j < rows; j++) {
      let dot = 0;
      for (let k = 0; k < dims; k++) dot += centred[i * dims + k]! * centred[j * dims + k]!;
      gram[i * rows + j] = dot;
      gram[j * rows + i] = dot;
    }
  let first = 0;
  for (let component = 0; component < 2; component++) {
    const { vector, value } = leadingEigen(gram, rows);
    // No variance left (all rows equal, or all on a line): the remaining coordinates stay 0.
    if (value <= TOLERANCE * Math.max(1, first)) break;
    if (component === 0) first = value;
    let far = 0;
    for (let i = 1; i < rows; i++) if (Math.abs(vector[i]!) > Math.abs(vector[far]!)) far = i;
    const scale = Math.sqrt(value) * Math.sign(vector[far]!);
    for (let i = 0; i < rows; i++) out[i * 2 + component] = vector[i]! * scale;
    // Deflate: remove this component, so the next power iteration finds the second.
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < rows; j++) gram[i * rows + j]! -= value * vector[i]! * vector[j]!;
  }
  return out;
}

function centre(values: ArrayLike<number>, rows: number, dims: number): Float64Array {
  const centred = new Float64Array(rows * dims);
  for (let k = 0; k < dims; k++) {
    let mean = 0;
    for (let i = 0; i < rows; i++) mean += values[i * dims + k]!;
    mean /= rows;
    for (let i = 0; i < rows; i++) centred[i * dims + k] = values[i * dims + k]! - mean;
  }
  return centred;
}

/** The eigenvector of the largest eigenvalue of a symmetric positive semi-definite matrix. */
function leadingEigen(matrix: Float64Array, n: number): { vector: Float64Array; value: number } {
  // A fixed start that is unlikely to be orthogonal to the leading eigenvector.
  let vector = Float64Array.from({ length: n }, (_, i) => 1 + ((i * 0.618_033_988_75) % 1));
  normalise(vector);
  let value = 0;
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum += matrix[i * n + j]! * vector[j]!;
      next[i] = sum;
    }
    const norm = normalise(next);
    let change = 0;
    for (let i = 0; i < n; i++) change += (next[i]! - vector[i]!) ** 2;
    vector = next;
    value = norm;
    if (norm === 0 || change < TOLERANCE) break;
  }
  return { vector, value };
}

function normalise(vector: Float64Array): number {
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
  return norm;
}
