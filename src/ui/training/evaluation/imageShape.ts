/**
 * The image shape to draw a sample with: [h, w, c] as is, [h, w] as one
 * channel, and a flat square vector (MNIST fed to an MLP as 784 numbers) as
 * a square greyscale image. Null when the sample is not an image.
 */
export function imageShapeOf(sampleShape: readonly number[]): [number, number, number] | null {
  if (sampleShape.length === 3) {
    const [h, w, c] = sampleShape as [number, number, number];
    return c === 1 || c === 3 ? [h, w, c] : null;
  }
  if (sampleShape.length === 2) return [sampleShape[0]!, sampleShape[1]!, 1];
  if (sampleShape.length === 1) {
    const side = Math.round(Math.sqrt(sampleShape[0]!));
    return side >= 8 && side * side === sampleShape[0] ? [side, side, 1] : null;
  }
  return null;
}
