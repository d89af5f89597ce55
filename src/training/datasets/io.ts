/**
 * How dataset loaders read the packed binary assets (MNIST, Fashion-MNIST):
 * in the browser by fetching them from the app's own origin, in Node (CLI,
 * tests) from disk. Loaders only see this interface.
 */
export interface DatasetIO {
  /** The bytes of a packed asset by file name, e.g. "mnist.bin". Rejects with a clear message when missing. */
  readAsset(name: string): Promise<Uint8Array>;
}
