/**
 * The current graph's uploaded data (a CSV text, a set of classed images),
 * held in memory for the session and kept in IndexedDB per graph (see
 * uploadDb.ts), and turned into the DatasetSource the worker loads.
 */
import { create } from "zustand";
import type { I18nText } from "../../graph";
import { withDefaultOptions } from "../../graph/training/datasetSpec";
import { datasetSpec } from "../../graph/training/datasets";
import type { TrainingSetup } from "../../graph/training/setup";
import type { DatasetSource } from "../../training/datasets/types";
import { trainingI18n } from "./trainingText";
import { loadUpload, type StoredCsv, type StoredImages, saveUpload } from "./uploadDb";

export interface UploadState {
  readonly graphId: string | null;
  readonly csv: StoredCsv | null;
  readonly images: StoredImages | null;
  /** Storage failed: uploads still work for this session. */
  readonly storageError: string | null;
}

export const useUploadStore = create<UploadState>()(() => ({
  graphId: null,
  csv: null,
  images: null,
  storageError: null,
}));

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Loads the graph's stored uploads (once per graph switch). */
export async function loadUploadsFor(graphId: string): Promise<void> {
  if (useUploadStore.getState().graphId === graphId) return;
  useUploadStore.setState({ graphId, csv: null, images: null });
  try {
    const [csv, images] = await Promise.all([
      loadUpload(graphId, "csv"),
      loadUpload(graphId, "imageFolder"),
    ]);
    if (useUploadStore.getState().graphId !== graphId) return;
    useUploadStore.setState({
      csv: csv?.kind === "csv" ? csv : null,
      images: images?.kind === "imageFolder" ? images : null,
    });
  } catch (error) {
    useUploadStore.setState({ storageError: message(error) });
  }
}

export async function keepUpload(graphId: string, upload: StoredCsv | StoredImages): Promise<void> {
  useUploadStore.setState(
    upload.kind === "csv" ? { graphId, csv: upload } : { graphId, images: upload },
  );
  try {
    await saveUpload(graphId, upload);
    useUploadStore.setState({ storageError: null });
  } catch (error) {
    useUploadStore.setState({ storageError: message(error) });
  }
}

export type SourceResult =
  | { readonly ok: true; readonly value: DatasetSource }
  | { readonly ok: false; readonly error: I18nText };

/** What the worker should load for this setup; uploads come from memory or storage. */
export async function datasetSource(setup: TrainingSetup, graphId: string): Promise<SourceResult> {
  const { id, options } = setup.dataset;
  if (id !== "csv" && id !== "imageFolder")
    return { ok: true, value: { kind: "builtin", id, options } };
  await loadUploadsFor(graphId);
  const uploads = useUploadStore.getState();
  const spec = datasetSpec(id);
  const filled = spec ? withDefaultOptions(spec, options) : options;
  if (id === "csv") {
    if (!uploads.csv) return { ok: false, error: trainingI18n("noCsv") };
    return {
      ok: true,
      value: {
        kind: "csv",
        name: uploads.csv.name,
        text: uploads.csv.text,
        labelColumn: String(filled.labelColumn ?? ""),
        task: setup.task,
      },
    };
  }
  if (!uploads.images) return { ok: false, error: trainingI18n("noImages") };
  return {
    ok: true,
    value: {
      kind: "imageFolder",
      name: uploads.images.name,
      images: uploads.images.images,
      size: [Number(filled.height ?? 28), Number(filled.width ?? 28)],
      grayscale: filled.color !== "rgb",
    },
  };
}
