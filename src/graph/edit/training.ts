/**
 * Pure edits of the document's `training` section (dataset, optimizer, batch
 * size, …). The section is stored as written: fields this version does not
 * know (a later recipe's) survive every edit.
 */
import type { GraphDocument } from "../document/schema";

/** Replaces the whole `training` section; returns the same document when nothing changes. */
export function setTraining(
  document: GraphDocument,
  training: Readonly<Record<string, unknown>>,
): GraphDocument {
  if (JSON.stringify(document.training) === JSON.stringify(training)) return document;
  return { ...document, training: { ...training } };
}

/** Writes some top-level fields of the `training` section, keeping the others. */
export function patchTraining(
  document: GraphDocument,
  patch: Readonly<Record<string, unknown>>,
): GraphDocument {
  return setTraining(document, { ...document.training, ...patch });
}
