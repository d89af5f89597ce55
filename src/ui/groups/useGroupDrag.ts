/**
 * Dragging a group by its header moves all its members — one undo step,
 * through the editor's gesture (beginGesture / updateGesture / endGesture),
 * like dragging layers. A press without movement is a click: it selects the
 * members (Shift adds them to the selection).
 */
import { useReactFlow } from "@xyflow/react";
import { useCallback, useRef } from "react";
import { moveNodes, type Position } from "../../graph";
import { useEditorStore } from "../store/editorStore";

/** Pointer travel (screen pixels) before a press becomes a drag. */
const DRAG_THRESHOLD = 3;
/** The canvas grid: members move in whole grid steps so they stay on it. */
const GRID = 10;

export function selectMembers(memberIds: readonly string[], add: boolean): void {
  const store = useEditorStore.getState();
  const nodes = new Set(add ? store.selection.nodes : []);
  for (const id of memberIds) nodes.add(id);
  store.select({ nodes, edges: add ? store.selection.edges : new Set() });
}

export function useGroupDrag(memberIds: readonly string[]) {
  const flow = useReactFlow();
  const dragged = useRef(false);

  const onPointerDown = useCallback(
    (event: React.PointerEvent<HTMLElement>) => {
      if (event.button !== 0 || (event.target as Element).closest(".ng-group-toggle")) return;
      // Not the canvas's: no pan, no selection box, no node drag from here.
      event.stopPropagation();
      const start = { x: event.clientX, y: event.clientY };
      const zoom = flow.getZoom();
      const ids = new Set(memberIds);
      const origin = new Map<string, Position>();
      for (const n of useEditorStore.getState().document.nodes)
        if (ids.has(n.id)) origin.set(n.id, n.position);
      dragged.current = false;

      const onMove = (e: PointerEvent) => {
        const store = useEditorStore.getState();
        if (!dragged.current) {
          if (Math.hypot(e.clientX - start.x, e.clientY - start.y) < DRAG_THRESHOLD) return;
          dragged.current = true;
          store.beginGesture();
        }
        const dx = Math.round((e.clientX - start.x) / zoom / GRID) * GRID;
        const dy = Math.round((e.clientY - start.y) / zoom / GRID) * GRID;
        const positions = new Map<string, Position>();
        for (const [id, p] of origin) positions.set(id, { x: p.x + dx, y: p.y + dy });
        store.updateGesture((d) => moveNodes(d, positions));
      };
      const onEnd = () => {
        window.removeEventListener("pointermove", onMove);
        window.removeEventListener("pointerup", onEnd);
        window.removeEventListener("pointercancel", onEnd);
        if (dragged.current) useEditorStore.getState().endGesture();
      };
      window.addEventListener("pointermove", onMove);
      window.addEventListener("pointerup", onEnd);
      window.addEventListener("pointercancel", onEnd);
    },
    [flow, memberIds],
  );

  /** For the header's click: selects the members, unless the press was a drag. */
  const onClick = useCallback(
    (event: React.MouseEvent) => {
      if (dragged.current) {
        dragged.current = false;
        return;
      }
      selectMembers(memberIds, event.shiftKey || event.metaKey || event.ctrlKey);
    },
    [memberIds],
  );

  return { onPointerDown, onClick };
}
