/**
 * Writing a param (or the label) from the inspector. A typing session (focus
 * to blur) is one gesture, hence one undo step however many keystrokes it
 * holds; a select, a toggle or a button is one `edit`, hence its own step.
 * Every valid value is written at once, so shapes re-infer everywhere while
 * the user types.
 */
import { type RefObject, useEffect, useMemo, useRef } from "react";
import { type GraphDocument, setLabel, setParam } from "../../graph";
import { useEditorStore } from "../store/editorStore";
import { valueKey } from "./useDraft";

export interface FieldEditor {
  /** The field got focus: a typing session may start. */
  readonly begin: () => void;
  /** Writes a value inside the session (no undo step of its own). */
  readonly type: (value: unknown) => void;
  /** The field lost focus (or Enter was pressed): the session becomes one undo step. */
  readonly end: () => void;
  /** Writes a value as its own undo step. */
  readonly commit: (value: unknown) => void;
}

type Change = (document: GraphDocument, value: unknown) => GraphDocument;
type Same = (document: GraphDocument, value: unknown) => boolean;

export function makeFieldEditor(open: RefObject<boolean>, change: Change, same: Same): FieldEditor {
  return {
    begin: () => {
      open.current = true;
      useEditorStore.getState().beginGesture();
    },
    type: (value) => {
      const store = useEditorStore.getState();
      // Writing an equal value would still re-infer and could leave an empty undo step.
      if (same(store.document, value)) return;
      open.current = true;
      store.updateGesture((d) => change(d, value));
    },
    end: () => {
      if (!open.current) return;
      open.current = false;
      useEditorStore.getState().endGesture();
    },
    commit: (value) => {
      const store = useEditorStore.getState();
      if (same(store.document, value)) return;
      store.edit((d) => change(d, value));
    },
  };
}

/** A field unmounted while focused (its node was deselected) never sees blur: close its session here. */
function useSessionCleanup(open: RefObject<boolean>): void {
  useEffect(
    () => () => {
      if (open.current) useEditorStore.getState().endGesture();
    },
    [open],
  );
}

function nodeOf(document: GraphDocument, nodeId: string) {
  return document.nodes.find((n) => n.id === nodeId);
}

export function useParamEditor(nodeId: string, name: string): FieldEditor {
  const open = useRef(false);
  useSessionCleanup(open);
  return useMemo(
    () =>
      makeFieldEditor(
        open,
        (d, value) => setParam(d, nodeId, name, value),
        (d, value) => valueKey(nodeOf(d, nodeId)?.params[name]) === valueKey(value),
      ),
    [nodeId, name],
  );
}

export function useLabelEditor(nodeId: string): FieldEditor {
  const open = useRef(false);
  useSessionCleanup(open);
  return useMemo(
    () =>
      makeFieldEditor(
        open,
        (d, value) => setLabel(d, nodeId, String(value)),
        (d, value) => (nodeOf(d, nodeId)?.label ?? "") === String(value),
      ),
    [nodeId],
  );
}
