/**
 * Checkpoints in the browser: the weights through tfjs's own
 * `indexeddb://neurograph-<graphId>` storage, and a small record (which
 * architecture, which epoch, when) in a database of ours beside it.
 */
import * as tf from "@tensorflow/tfjs";
import { applyWeights, type CheckpointRecord, type CheckpointStore } from "./store";

const DATABASE = "neurograph-training";
const RECORDS = "checkpoints";

export function checkpointUrl(graphId: string): string {
  return `indexeddb://neurograph-${graphId}`;
}

function openRecords(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(RECORDS))
        request.result.createObjectStore(RECORDS, { keyPath: "graphId" });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withRecords<T>(
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openRecords();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(RECORDS, mode);
      const request = body(transaction.objectStore(RECORDS));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

export function indexedDbCheckpointStore(): CheckpointStore {
  return {
    info: async (graphId) =>
      ((await withRecords("readonly", (s) => s.get(graphId))) as CheckpointRecord | undefined) ??
      null,
    save: async (model, record) => {
      await model.save(checkpointUrl(record.graphId));
      await withRecords("readwrite", (s) => s.put(record));
    },
    restore: async (graphId, model) => {
      const record =
        ((await withRecords("readonly", (s) => s.get(graphId))) as CheckpointRecord | undefined) ??
        null;
      if (!record) return null;
      const [handler] = tf.io.getLoadHandlers(checkpointUrl(graphId));
      const artifacts = await handler?.load?.();
      if (!artifacts?.weightData || !artifacts.weightSpecs) return null;
      applyWeights(model, { weightData: artifacts.weightData, weightSpecs: artifacts.weightSpecs });
      return record;
    },
    remove: async (graphId) => {
      await withRecords("readwrite", (s) => s.delete(graphId));
      try {
        await tf.io.removeModel(checkpointUrl(graphId));
      } catch {
        // No weights saved yet: nothing to remove.
      }
    },
  };
}
