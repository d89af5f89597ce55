/**
 * "Auto layout": lay the current graph out with ELK (off the main thread),
 * apply all the new positions as one undo step, then fit the view.
 */
import { type GraphDocument, moveNodes, t } from "../../graph";
import { canvasApi } from "../canvas/canvasApi";
import { groupNodeId } from "../canvas/groups";
import { useLocaleStore } from "../i18n/locale";
import { currentAnalysis, useEditorStore } from "../store/editorStore";
import { useUiStore } from "../store/uiStore";
import { documentPositions, fromElkGraph, toElkGraph } from "./elkGraph";
import { layoutInput } from "./layoutInput";
import { runElk } from "./runElk";

let running = false;
/** Beyond this many layers the view jumps to fit rather than animating. */
const LARGE_GRAPH = 200;

/** Same layers and edges: positions computed for `a` still fit `b`. */
function sameStructure(a: GraphDocument, b: GraphDocument): boolean {
  return a.edges === b.edges && a.groups === b.groups && a.nodes.length === b.nodes.length;
}

export async function autoLayout(): Promise<void> {
  if (running) return;
  running = true;
  try {
    const store = useEditorStore.getState();
    const document = store.document;
    if (document.nodes.length === 0) return;
    const flow = canvasApi()?.instance;
    const input = layoutInput(
      document,
      currentAnalysis(),
      (id) => flow?.getInternalNode(id)?.measured,
      (groupId) => flow?.getInternalNode(groupNodeId(groupId))?.measured,
    );
    const { graph, ids } = toElkGraph(input);
    const result = await runElk(graph);
    const positions = documentPositions(document, input, fromElkGraph(result, ids));
    const now = useEditorStore.getState();
    // The graph changed shape while ELK worked: these positions are stale.
    if (!sameStructure(document, now.document)) return;
    now.edit((d) => moveNodes(d, positions));
    // Fit once React Flow has the new positions. Animating a large graph would mount its
    // nodes frame after frame as they come into view: jump instead.
    const duration = document.nodes.length > LARGE_GRAPH ? 0 : 300;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => void flow?.fitView({ padding: 0.15, duration, maxZoom: 1.1 })),
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const text = t(`Automatic layout failed: ${detail}`, `自动布局失败：${detail}`);
    useUiStore.getState().notify(text[useLocaleStore.getState().locale], "error");
  } finally {
    running = false;
  }
}
