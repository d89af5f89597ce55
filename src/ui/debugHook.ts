/**
 * A read-only window into the editor for end-to-end tests and the benchmark
 * (e.g. to read the current document). It exposes no way to change state:
 * tests drive the app through its UI.
 */
import { useEditorStore } from "./store/editorStore";

export function installDebugHook(): void {
  (window as unknown as { __neurograph: unknown }).__neurograph = {
    document: () => structuredClone(useEditorStore.getState().document),
    historyLength: () => useEditorStore.getState().past.length,
  };
}
