/** Packed dataset assets fetched from the app's own origin, for previews and upload checks on the main thread. */
import { browserDatasetIO } from "../../../training/datasets/browserIO";
import type { DatasetIO } from "../../../training/datasets/io";

let io: DatasetIO | null = null;

export function browserIO(): DatasetIO {
  io ??= browserDatasetIO(import.meta.env.BASE_URL);
  return io;
}
