/**
 * Just enough of the zip format to read an image dataset the user uploads:
 * the central directory, stored and deflated entries (inflated with the
 * browser's own DecompressionStream). No encryption, no zip64 — a 4 GB image
 * zip would not fit in a browser tab's training set anyway.
 */

export interface ZipEntry {
  readonly path: string;
  readonly bytes: ArrayBuffer;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export class ZipError extends Error {
  override readonly name = "ZipError";
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const earliest = Math.max(0, view.byteLength - 22 - 65_535);
  for (let i = view.byteLength - 22; i >= earliest; i--)
    if (view.getUint32(i, true) === END_OF_DIRECTORY) return i;
  throw new ZipError("not a zip file");
}

async function inflate(data: Uint8Array): Promise<ArrayBuffer> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  return new Response(stream).arrayBuffer();
}

/** The files of a zip (directories left out), with their paths inside it. */
export async function readZip(
  buffer: ArrayBuffer,
  accept: (path: string) => boolean,
): Promise<ZipEntry[]> {
  const view = new DataView(buffer);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (view.getUint32(offset, true) !== DIRECTORY_ENTRY) throw new ZipError("damaged directory");
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const path = decoder.decode(new Uint8Array(buffer, offset + 46, nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
    if (path.endsWith("/") || !accept(path)) continue;
    if (view.getUint32(localOffset, true) !== LOCAL_HEADER) throw new ZipError("damaged entry");
    const dataStart =
      localOffset +
      30 +
      view.getUint16(localOffset + 26, true) +
      view.getUint16(localOffset + 28, true);
    const data = new Uint8Array(buffer, dataStart, compressedSize);
    if (method === 0) entries.push({ path, bytes: data.slice().buffer });
    else if (method === 8) entries.push({ path, bytes: await inflate(data) });
    else throw new ZipError(`compression method ${method} is not supported`);
  }
  return entries;
}
