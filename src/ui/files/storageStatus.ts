/**
 * Storage failures are told to the user, never swallowed: the first failure
 * shows an error notice (it stays until dismissed), later ones while it keeps
 * failing stay quiet, and recovery is announced. The editor keeps working in
 * memory throughout.
 */
import { catalogText } from "../i18n/catalog";
import { useLocaleStore } from "../i18n/locale";
import { format } from "../i18n/messages";
import { useUiStore } from "../store/uiStore";
import { type StorageFailure, useFilesStore } from "./filesStore";
import { filesText } from "./filesText";
import { StorageUnavailableError } from "./graphDb";

export function classify(error: unknown): { kind: StorageFailure; detail: string } {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  const detail =
    error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === "QuotaExceededError") return { kind: "full", detail };
  // What browsers throw when storage is off or in a private window.
  if (
    error instanceof StorageUnavailableError ||
    name === "SecurityError" ||
    name === "InvalidStateError" ||
    name === "UnknownError"
  )
    return { kind: "unavailable", detail };
  return { kind: "failed", detail: detail || name || "unknown error" };
}

export function storageMessage(failure: { kind: StorageFailure; detail: string }): string {
  const text = catalogText(filesText, useLocaleStore.getState().locale);
  switch (failure.kind) {
    case "unavailable":
      return text.storageUnavailable;
    case "full":
      return text.storageFull;
    case "failed":
      return format(text.storageFailed, { detail: failure.detail });
  }
}

export function reportStorageFailure(error: unknown): void {
  const failure = classify(error);
  const files = useFilesStore.getState();
  // A warning, not console.error: the failure is handled and shown to the user; this is for whoever debugs it.
  console.warn("Neurograph: storage failed", error);
  if (files.failure?.kind === failure.kind) return;
  files.setFailure(failure);
  useUiStore.getState().notify(storageMessage(failure), "error");
}

export function reportStorageWorks(): void {
  const files = useFilesStore.getState();
  if (!files.failure) return;
  files.setFailure(null);
  const text = catalogText(filesText, useLocaleStore.getState().locale);
  useUiStore.getState().notify(text.storageBack, "info");
}
