/**
 * Loads the chosen dataset on the main thread for its preview — the same
 * pure-TypeScript loader the worker uses, so the preview shows exactly the
 * data that will train. Loads are debounced (typing a size of 20000 should
 * not generate five datasets) and the last few are cached.
 */
import { useEffect, useState } from "react";
import type { I18nText } from "../../../graph";
import { DatasetError, loadDataset } from "../../../training/datasets";
import type { DatasetSource, LoadedDataset } from "../../../training/datasets/types";
import { browserIO } from "./browserIO";

export type PreviewState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly dataset: LoadedDataset }
  | { readonly kind: "failed"; readonly message: I18nText | string };

const DEBOUNCE_MS = 250;
const CACHE_SIZE = 4;
const cache = new Map<string, Promise<LoadedDataset>>();

function load(source: DatasetSource, seed: number): Promise<LoadedDataset> {
  const key = JSON.stringify([source, seed]);
  let found = cache.get(key);
  if (!found) {
    found = loadDataset(source, browserIO(), seed);
    cache.set(key, found);
    found.catch(() => cache.delete(key));
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return found;
}

export function usePreview(source: DatasetSource | null, seed: number): PreviewState | null {
  const [state, setState] = useState<PreviewState | null>(null);
  const key = source ? JSON.stringify([source, seed]) : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for source and seed
  useEffect(() => {
    if (!source) {
      setState(null);
      return;
    }
    let live = true;
    setState({ kind: "loading" });
    const timer = setTimeout(() => {
      load(source, seed).then(
        (dataset) => live && setState({ kind: "ready", dataset }),
        (error: unknown) =>
          live &&
          setState({
            kind: "failed",
            message:
              error instanceof DatasetError
                ? error.text
                : error instanceof Error
                  ? error.message
                  : String(error),
          }),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);
  return state;
}
