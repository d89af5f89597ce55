/**
 * An SVG drawn onto a canvas and encoded as PNG, in the browser. The SVG is
 * loaded as an image from a blob URL: same-origin and without
 * <foreignObject>, so the canvas is not tainted and can be read back.
 */

/** Chromium's and Firefox's canvas limits are near 16,384 px a side and 2^28 pixels; stay inside both. */
const MAX_SIDE = 16_384;
const MAX_PIXELS = 2 ** 27;

/** The scale to draw at: `wanted` unless the canvas would be too large. */
export function rasterScale(width: number, height: number, wanted: number): number {
  return Math.min(
    wanted,
    MAX_SIDE / width,
    MAX_SIDE / height,
    Math.sqrt(MAX_PIXELS / (width * height)),
  );
}

export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  wanted = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const scale = rasterScale(width, height, wanted);
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.floor(width * scale));
    canvas.height = Math.max(1, Math.floor(height * scale));
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser gave no 2D canvas to draw the image on.");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error("The browser could not encode the PNG.")),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
