/**
 * The user's own images, one sub-folder per class, from a folder the user
 * picked or a zip file. Listing files and reading zips is pure and runs
 * anywhere; decoding PNG/JPEG needs createImageBitmap and OffscreenCanvas,
 * which browsers and workers have and Node does not — the CLI says so.
 */
import { unzipSync } from "fflate";
import { type I18nText, t } from "../../graph/i18n";
import type { LoadedDataset } from "./types";

export interface FileEntry {
  /** Path inside the folder or zip, with "/" separators. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface ClassImage {
  readonly className: string;
  readonly bytes: ArrayBuffer;
}

export type Outcome<T> =
  | ({ readonly ok: true } & T)
  | { readonly ok: false; readonly message: I18nText };

const IMAGE_FILE = /\.(png|jpe?g)$/i;
/** Files that operating systems and zip tools leave behind. */
const JUNK = /(^|\/)(__MACOSX|\.[^/]*|Thumbs\.db|desktop\.ini)(\/|$)/i;

/**
 * One {className, bytes} per image: the class is the image's parent folder
 * ("flowers/rose/1.png" → "rose"). Non-images and system files are skipped;
 * images with no folder of their own cannot be classed and are an error.
 */
export function classifyFiles(
  files: readonly FileEntry[],
): Outcome<{ images: ClassImage[]; classNames: string[] }> {
  const images: ClassImage[] = [];
  const loose: string[] = [];
  for (const file of files) {
    const path = file.path.replace(/\\/g, "/").replace(/^\/+/, "");
    if (JUNK.test(path) || !IMAGE_FILE.test(path)) continue;
    const parts = path.split("/");
    if (parts.length < 2) {
      loose.push(path);
      continue;
    }
    const bytes = file.bytes.slice().buffer as ArrayBuffer; // own buffer: transferable to the worker
    images.push({ className: parts[parts.length - 2]!, bytes });
  }
  if (loose.length > 0)
    return {
      ok: false,
      message: t(
        `${loose[0]} is not inside a class folder. Put the images of each class in their own sub-folder (e.g. cats/1.png, dogs/1.png).`,
        `${loose[0]} 不在任何类别文件夹中。请把每个类别的图像放在各自的子文件夹里（例如 cats/1.png、dogs/1.png）。`,
      ),
    };
  if (images.length === 0)
    return {
      ok: false,
      message: t("No PNG or JPEG images were found.", "没有找到 PNG 或 JPEG 图像。"),
    };
  const classNames = [...new Set(images.map((i) => i.className))].sort((a, b) =>
    a.localeCompare(b, "en", { numeric: true }),
  );
  if (classNames.length < 2)
    return {
      ok: false,
      message: t(
        `All images are in one folder ('${classNames[0]}'): classification needs at least two class folders.`,
        `所有图像都在同一个文件夹（'${classNames[0]}'）中：分类至少需要两个类别文件夹。`,
      ),
    };
  return { ok: true, images, classNames };
}

/** The files of a zip archive (directories left out). */
export function readZip(bytes: Uint8Array): Outcome<{ files: FileEntry[] }> {
  try {
    const entries = unzipSync(bytes);
    const files = Object.entries(entries)
      .filter(([path]) => !path.endsWith("/"))
      .map(([path, data]) => ({ path, bytes: data }));
    return { ok: true, files };
  } catch (error) {
    return {
      ok: false,
      message: t(
        `The file is not a readable zip archive (${(error as Error).message}).`,
        `该文件不是可读取的 zip 压缩包（${(error as Error).message}）。`,
      ),
    };
  }
}

export function canDecodeImages(): boolean {
  return typeof createImageBitmap === "function" && typeof OffscreenCanvas === "function";
}

/**
 * Decodes, resizes and converts images to [height, width, channels] floats in
 * [0, 1] (grayscale by luminance). Transparent pixels count as black.
 */
export async function decodeImages(
  images: readonly ClassImage[],
  classNames: readonly string[],
  size: readonly [height: number, width: number],
  grayscale: boolean,
  id = "imageFolder",
): Promise<Outcome<{ dataset: LoadedDataset }>> {
  if (!canDecodeImages())
    return {
      ok: false,
      message: t(
        "Decoding image files is not supported in the CLI: Node has no image decoder. Train on image folders in the browser.",
        "命令行不支持解码图像文件：Node 没有图像解码器。请在浏览器中用图像文件夹训练。",
      ),
    };
  const [height, width] = size;
  const channels = grayscale ? 1 : 3;
  const pixels = height * width;
  const features = new Float32Array(images.length * pixels * channels);
  const labels = new Float32Array(images.length);
  const classIndex = new Map(classNames.map((name, i) => [name, i]));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context)
    return { ok: false, message: t("No 2-D canvas is available.", "没有可用的二维画布。") };
  for (let i = 0; i < images.length; i++) {
    const image = images[i]!;
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(new Blob([image.bytes]));
    } catch {
      return {
        ok: false,
        message: t(
          `Image ${i + 1} of class '${image.className}' could not be decoded: is it really a PNG or JPEG?`,
          `类别 '${image.className}' 中的第 ${i + 1} 张图像无法解码：它确实是 PNG 或 JPEG 吗？`,
        ),
      };
    }
    context.clearRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    const rgba = context.getImageData(0, 0, width, height).data;
    const offset = i * pixels * channels;
    for (let p = 0; p < pixels; p++) {
      const [r, g, b] = [rgba[4 * p]!, rgba[4 * p + 1]!, rgba[4 * p + 2]!];
      if (grayscale) features[offset + p] = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
      else {
        features[offset + 3 * p] = r / 255;
        features[offset + 3 * p + 1] = g / 255;
        features[offset + 3 * p + 2] = b / 255;
      }
    }
    labels[i] = classIndex.get(image.className) ?? 0;
  }
  return {
    ok: true,
    dataset: {
      id,
      shapes: {
        inputShape: [height, width, channels],
        task: "classification",
        numClasses: classNames.length,
        classNames: [...classNames],
      },
      train: { features, labels, count: images.length },
    },
  };
}
