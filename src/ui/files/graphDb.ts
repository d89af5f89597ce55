/**
 * A small typed wrapper over the raw IndexedDB API. One database,
 * "neurograph": the object store "graphs" holds saved graphs keyed by id;
 * "meta" holds small key–value records (which graph was open last).
 * Every call either resolves or rejects with the browser's own error (e.g. a
 * QuotaExceededError); nothing here decides how a failure is shown.
 */

export const DB_NAME = "neurograph";
const DB_VERSION = 1;
const GRAPHS = "graphs";
const META = "meta";
/** Some browsers (old private modes, a blocked upgrade) never answer an open request; don't wait forever. */
const OPEN_TIMEOUT_MS = 5_000;

export interface StoredGraph {
  readonly id: string;
  readonly name: string;
  /** The document as JSON text (serializeDocument): the same bytes a download holds. */
  readonly document: string;
  /** Milliseconds since the epoch. */
  readonly updatedAt: number;
  /** A small SVG picture of the graph. */
  readonly thumbnail?: string;
}

export type GraphSummary = Omit<StoredGraph, "document">;

/** IndexedDB is missing or refuses to open (private browsing, storage disabled, timeout). */
export class StorageUnavailableError extends Error {
  override readonly name = "StorageUnavailableError";
}

let opening: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  if (!opening) {
    opening = openDatabase();
    // A failed open is retried next time: storage may come back (e.g. space was freed).
    opening.catch(() => {
      opening = null;
    });
  }
  return opening;
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const factory: IDBFactory | undefined = globalThis.indexedDB;
    if (!factory) {
      reject(new StorageUnavailableError("IndexedDB is not available"));
      return;
    }
    const timer = setTimeout(
      () => reject(new StorageUnavailableError("IndexedDB did not open in time")),
      OPEN_TIMEOUT_MS,
    );
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      clearTimeout(timer);
      reject(error);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(GRAPHS))
        db.createObjectStore(GRAPHS, { keyPath: "id" }).createIndex("updatedAt", "updatedAt");
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      const db = request.result;
      // Let a newer version of the app (in another tab) upgrade the database; reopen on next use.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      db.onclose = () => {
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(request.error ?? new StorageUnavailableError("IndexedDB failed to open"));
    };
  });
}

/** Wraps a request callback: an exception inside it aborts the transaction and becomes its error. */
type Guard = (callback: () => void) => () => void;

/**
 * Runs `body` in one transaction and resolves with what it returns once the
 * transaction has committed (so "saved" means on disk, not merely queued).
 * Any exception, synchronous or in a guarded callback, aborts the whole
 * transaction and rejects with that exception.
 */
async function transact<T>(
  stores: readonly string[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction, guard: Guard) => () => T,
): Promise<T> {
  const db = await database();
  return new Promise<T>((resolve, reject) => {
    let tx: IDBTransaction | undefined;
    let failure: unknown;
    const abort = (error: unknown) => {
      failure ??= error;
      try {
        tx?.abort();
      } catch {
        // Already finished: nothing to undo.
      }
    };
    const guard: Guard = (callback) => () => {
      try {
        callback();
      } catch (error) {
        abort(error);
      }
    };
    let result: () => T;
    try {
      tx = db.transaction(stores, mode);
      result = body(tx, guard);
    } catch (error) {
      abort(error);
      reject(error);
      return;
    }
    const transaction = tx;
    transaction.oncomplete = () => resolve(result());
    transaction.onabort = () =>
      reject(failure ?? transaction.error ?? new DOMException("Transaction aborted", "AbortError"));
    transaction.onerror = (event) => {
      // Let onabort report it once, with the transaction's error.
      event.preventDefault();
      abort(transaction.error);
    };
  });
}

function requestValue<T>(request: IDBRequest<T>): () => T {
  return () => request.result;
}

export function getGraph(id: string): Promise<StoredGraph | undefined> {
  return transact([GRAPHS], "readonly", (tx) =>
    requestValue(tx.objectStore(GRAPHS).get(id) as IDBRequest<StoredGraph | undefined>),
  );
}

/** Saved graphs, most recently saved first, without their documents. */
export function listGraphs(): Promise<GraphSummary[]> {
  return transact([GRAPHS], "readonly", (tx) => {
    const summaries: GraphSummary[] = [];
    const cursor = tx.objectStore(GRAPHS).index("updatedAt").openCursor(null, "prev");
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      const { document: _document, ...summary } = c.value as StoredGraph;
      summaries.push(summary);
      c.continue();
    };
    return () => summaries;
  });
}

/**
 * Writes a graph and, in the same transaction, remembers it as the last one
 * open. A record saved later than this one is never overwritten: a write
 * from a page that was unloading can land after the reloaded page's newer
 * one. Resolves with whether the record was written.
 */
export function putGraph(
  record: StoredGraph,
  options: { readonly current?: boolean } = {},
): Promise<boolean> {
  return transact([GRAPHS, META], "readwrite", (tx, guard) => {
    const graphs = tx.objectStore(GRAPHS);
    let written = false;
    const existing = graphs.get(record.id);
    existing.onsuccess = guard(() => {
      const stored = existing.result as StoredGraph | undefined;
      if (stored && stored.updatedAt > record.updatedAt) return;
      graphs.put(record);
      if (options.current) tx.objectStore(META).put(record.id, "lastOpenId");
      written = true;
    });
    return () => written;
  });
}

export function deleteGraph(id: string): Promise<void> {
  return transact([GRAPHS], "readwrite", (tx) => {
    tx.objectStore(GRAPHS).delete(id);
    return () => undefined;
  });
}

export function lastOpenId(): Promise<string | undefined> {
  return transact([META], "readonly", (tx) => {
    const request = tx.objectStore(META).get("lastOpenId");
    return () => (typeof request.result === "string" ? request.result : undefined);
  });
}

/** Remembers which graph was open last, for the next visit. */
export function rememberLastOpen(id: string): Promise<void> {
  return transact([META], "readwrite", (tx) => {
    tx.objectStore(META).put(id, "lastOpenId");
    return () => undefined;
  });
}
