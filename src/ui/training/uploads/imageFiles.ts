/**
 * Images the user brings — a folder (picked with the directory picker) or a
 * zip — as one entry per image with its class: the name of the folder it
 * sits in. `train/cat/1.png`, `cat/1.png` and a zip of either read the same.
 */
import { readZip } from "./zipReader";

export interface ClassedImage {
  readonly className: string;
  readonly bytes: ArrayBuffer;
}

const IMAGE = /\.(png|jpe?g|gif|webp|bmp)$/i;

/** The class of an image at `path`: its parent folder's name, or null when it has none. */
export function classOfPath(path: string): string | null {
  const parts = path.split(/[\\/]/).filter((p) => p !== "");
  if (parts.length < 2 || !IMAGE.test(parts.at(-1)!)) return null;
  // macOS zips carry __MACOSX/ resource forks and ._ files: not images.
  if (parts.some((p) => p === "__MACOSX" || p.startsWith("."))) return null;
  return parts.at(-2)!;
}

export async function imagesFromFiles(files: readonly File[]): Promise<ClassedImage[]> {
  const images: ClassedImage[] = [];
  for (const file of files) {
    if (/\.zip$/i.test(file.name)) {
      for (const entry of await readZip(await file.arrayBuffer(), (p) => classOfPath(p) !== null))
        images.push({ className: classOfPath(entry.path)!, bytes: entry.bytes });
      continue;
    }
    const className = classOfPath(file.webkitRelativePath || file.name);
    if (className) images.push({ className, bytes: await file.arrayBuffer() });
  }
  return images;
}

/** How many images each class has, classes sorted by name. */
export function classCounts(images: readonly ClassedImage[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const image of images) counts.set(image.className, (counts.get(image.className) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }));
}
