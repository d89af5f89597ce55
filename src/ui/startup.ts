/**
 * What happens when the app opens: a share link in the address bar opens as
 * a new My-graphs entry; otherwise the graph this tab (or, failing that, the
 * browser) had open last is restored; a first visit gets the MNIST MLP
 * example. React StrictMode runs effects twice, so the work runs once and
 * every caller shares its promise.
 */

import mnistMlp from "../../presets/mnist-mlp.json";
import { type GraphDocument, loadDocument } from "../graph";
import { clearStash, installAutosave, peekStash, storedRecord } from "./files/autosave";
import { installFileDrop } from "./files/fileDrop";
import { fileInput } from "./files/fileInput";
import { sessionGraphId, useFilesStore } from "./files/filesStore";
import { filesI18n } from "./files/filesText";
import { lastOpenId, listGraphs, putGraph } from "./files/graphDb";
import { checkText } from "./files/incoming";
import { newGraphId, openAsNewGraph, openStoredGraph } from "./files/library";
import { LINK_SOURCE, listenForShareLinks, offer, takeShareLink } from "./files/opening";
import { reportStorageFailure } from "./files/storageStatus";
import { useEditorStore } from "./store/editorStore";

let started: Promise<void> | null = null;

export function startup(): Promise<void> {
  started ??= run();
  return started;
}

function welcomeDocument(): GraphDocument {
  return loadDocument(mnistMlp).document!;
}

async function run(): Promise<void> {
  installAutosave();
  installFileDrop();
  listenForShareLinks();
  fileInput();

  const unsaved = await storeUnsaved();
  const shared = takeShareLink();
  if (shared?.kind === "ok") {
    await openAsNewGraph(shared.document);
    return;
  }
  await restoreOrWelcome(unsaved);
  // A broken link, or one with errors, is offered only now: the user's own graph is open underneath.
  if (shared) await offer(shared, LINK_SOURCE);
}

/**
 * Stores the edits the previous page of this tab stashed while unloading.
 * Returns them when they could not be stored, so they can at least be shown.
 */
async function storeUnsaved(): Promise<{ id: string; document: GraphDocument } | null> {
  const stash = peekStash();
  if (!stash) return null;
  const verdict = checkText(stash.text);
  if (verdict.kind === "refused") {
    clearStash();
    return null;
  }
  try {
    // Stamped with the time it was stashed, so it never overwrites a newer save of the graph.
    await putGraph(storedRecord(stash.id, verdict.document, stash.savedAt));
    // Only now: had this page been left before the write, the next one would store it instead.
    clearStash();
    return null;
  } catch {
    // Reported below, when restoring meets the same failure.
    return { id: stash.id, document: verdict.document };
  }
}

async function restoreOrWelcome(unsaved: { id: string; document: GraphDocument } | null) {
  try {
    if (await restoreLastGraph()) return;
  } catch (error) {
    // No storage at all: say so, and let the user work in memory.
    reportStorageFailure(error);
    useFilesStore.getState().setCurrent(unsaved?.id ?? newGraphId());
    useEditorStore.getState().replaceDocument(unsaved?.document ?? welcomeDocument());
    return;
  }
  await openAsNewGraph(welcomeDocument());
}

/** Tries this tab's graph, then the browser's last one, then the most recent; true when one opened. */
async function restoreLastGraph(): Promise<boolean> {
  const candidates = [sessionGraphId(), await lastOpenId(), (await listGraphs())[0]?.id];
  const tried = new Set<string>();
  for (const id of candidates) {
    if (!id || tried.has(id)) continue;
    tried.add(id);
    const outcome = await openStoredGraph(id);
    if (outcome.opened) return true;
    if (outcome.verdict && outcome.verdict.kind !== "ok")
      await offer(outcome.verdict, filesI18n("sourceSaved", { name: outcome.name ?? id }));
  }
  return false;
}
