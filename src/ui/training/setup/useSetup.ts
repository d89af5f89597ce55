/**
 * The training setup as the form sees it, and editors that write it back
 * through the editor store — so every change is an undo step like any edit
 * of the graph, and is saved, shared and exported with the document.
 */
import { useMemo, useRef } from "react";
import type { TrainingSetup } from "../../../graph/training/setup";
import { readTrainingSetup, type TrainingSetupProblem } from "../../../graph/training/setup";
import { valueKey } from "../../inspector/useDraft";
import { type FieldEditor, makeFieldEditor } from "../../inspector/useParamEditor";
import { useEditorStore } from "../../store/editorStore";
import { rawValueAt, type SetupPath, setSetupValue } from "./setupPaths";

const cache = new WeakMap<object, ReturnType<typeof readTrainingSetup>>();

function read(training: Readonly<Record<string, unknown>>) {
  let known = cache.get(training);
  if (!known) {
    known = readTrainingSetup(training);
    cache.set(training, known);
  }
  return known;
}

/** The parsed setup; re-renders only when the `training` section changes. */
export function useSetup(): TrainingSetup {
  return read(useEditorStore((s) => s.document.training)).setup;
}

export function useSetupProblems(): readonly TrainingSetupProblem[] {
  return read(useEditorStore((s) => s.document.training)).problems;
}

export function currentSetup(): TrainingSetup {
  return read(useEditorStore.getState().document.training).setup;
}

/** Typing in a field is one undo step (focus to blur); a select or a radio is one step each. */
export function useSetupEditor(path: SetupPath): FieldEditor {
  const open = useRef(false);
  return useMemo(
    () =>
      makeFieldEditor(
        open,
        (document, value) => setSetupValue(document, path, value),
        (document, value) => valueKey(rawValueAt(document.training, path)) === valueKey(value),
      ),
    [path],
  );
}
