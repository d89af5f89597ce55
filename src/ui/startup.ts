/**
 * What happens when the app opens: the files feature restores the autosaved
 * graph or opens a share link. Until then, a first-time visitor gets the
 * MNIST MLP example.
 */

import mnistMlp from "../../presets/mnist-mlp.json";
import { loadDocument } from "../graph";
import { useEditorStore } from "./store/editorStore";

export async function startup(): Promise<void> {
  const loaded = loadDocument(mnistMlp);
  if (loaded.document) useEditorStore.getState().replaceDocument(loaded.document);
}
