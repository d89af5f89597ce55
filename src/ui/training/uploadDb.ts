/**
 * The user's own training data, kept per graph in IndexedDB so that a reload
 * (or reopening the graph next week) trains on the same CSV or images
 * without asking for the file again. A database of its own ("neurograph-
 * uploads"): uploads can be large, and keeping them apart from the graphs
 * means the editor's database never needs a schema upgrade for them.
 */

const DB_NAME = "neurograph-uploads";
const STORE = "uploads";

export type UploadKind = "csv" | "imageFolder";

export interface StoredCsv {
  readonly kind: "csv";
  readonly name: string;
  readonly text: string;
}

export interface StoredImages {
  readonly kind: "imageFolder";
  readonly name: string;
  readonly images: readonly { readonly className: string; readonly bytes: ArrayBuffer }[];
}

export type StoredUpload = StoredCsv | StoredImages;

let opening: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

function key(graphId: string, kind: UploadKind): string {
  return `${graphId}:${kind}`;
}

async function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>) {
  const db = await database();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = body(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request.result);
    tx.onabort = () => reject(tx.error);
  });
}

export function saveUpload(graphId: string, upload: StoredUpload): Promise<IDBValidKey> {
  return run("readwrite", (store) => store.put(upload, key(graphId, upload.kind)));
}

export async function loadUpload(graphId: string, kind: UploadKind): Promise<StoredUpload | null> {
  const found = await run<unknown>("readonly", (store) => store.get(key(graphId, kind)));
  return (found as StoredUpload | undefined) ?? null;
}
