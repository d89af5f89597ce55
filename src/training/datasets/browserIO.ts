/**
 * DatasetIO for the browser and the worker: the packed files are served by
 * the app itself under `${baseUrl}datasets/<name>` (scripts/vite-datasets-plugin.ts),
 * so nothing is fetched from another origin.
 */
import type { DatasetIO } from "./io";

/** `baseUrl` is the app's base URL, ending in "/" (import.meta.env.BASE_URL, made absolute in a worker). */
export function browserDatasetIO(baseUrl: string, fetchImpl: typeof fetch = fetch): DatasetIO {
  return {
    async readAsset(name) {
      const url = `${baseUrl}datasets/${name}`;
      let response: Response;
      try {
        response = await fetchImpl(url);
      } catch (error) {
        throw new Error(`Cannot fetch the dataset file ${url}: ${(error as Error).message}`);
      }
      if (!response.ok)
        throw new Error(`Cannot fetch the dataset file ${url}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
