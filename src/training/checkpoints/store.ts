/**
 * Trained weights kept per graph, so that a reload (or a later session)
 * can continue. The worker uses IndexedDB (indexedDbStore.ts); tests and
 * Node use the in-memory store below. Weights only: the architecture comes
 * from the document, and a record says which architecture and epoch the
 * weights belong to.
 */
import * as tf from "@tensorflow/tfjs";

export interface CheckpointRecord {
  readonly graphId: string;
  /** architectureKey() of the document the weights were trained with. */
  readonly architecture: string;
  /** Epochs completed when saved. */
  readonly epoch: number;
  /** ISO 8601. */
  readonly savedAt: string;
}

export interface CheckpointStore {
  info(graphId: string): Promise<CheckpointRecord | null>;
  save(model: tf.LayersModel, record: CheckpointRecord): Promise<void>;
  /** Loads the saved weights into `model` (which must have the same architecture); null when there are none. */
  restore(graphId: string, model: tf.LayersModel): Promise<CheckpointRecord | null>;
  remove(graphId: string): Promise<void>;
}

/** The weights of a model as tfjs serialises them. */
export interface SavedWeights {
  readonly weightData: tf.io.WeightData;
  readonly weightSpecs: tf.io.WeightsManifestEntry[];
}

export async function captureWeights(model: tf.LayersModel): Promise<SavedWeights> {
  let saved: SavedWeights | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = {
        weightData: artifacts.weightData ?? new ArrayBuffer(0),
        weightSpecs: artifacts.weightSpecs ?? [],
      };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
    }),
  );
  return saved!;
}

/** Sets the model's weights from saved ones, matched by name; throws when a weight is missing or misshapen. */
export function applyWeights(model: tf.LayersModel, saved: SavedWeights): void {
  const tensors = tf.io.decodeWeights(saved.weightData, saved.weightSpecs);
  try {
    model.loadWeights(tensors, true);
  } finally {
    tf.dispose(Object.values(tensors));
  }
}

export function memoryCheckpointStore(): CheckpointStore {
  const saved = new Map<string, { record: CheckpointRecord; weights: SavedWeights }>();
  return {
    info: async (graphId) => saved.get(graphId)?.record ?? null,
    save: async (model, record) => {
      saved.set(record.graphId, { record, weights: await captureWeights(model) });
    },
    restore: async (graphId, model) => {
      const entry = saved.get(graphId);
      if (!entry) return null;
      applyWeights(model, entry.weights);
      return entry.record;
    },
    remove: async (graphId) => {
      saved.delete(graphId);
    },
  };
}
