/** The recipe panels the training panel offers now (see panels.ts), from the run, its view, the graph and the setup. */
import { useMemo } from "react";
import { useStructuralDocument } from "../../store/editorStore";
import { useSetup } from "../setup/useSetup";
import { useTrainingStore } from "../trainingStore";
import { classifiesImages, type LabId, labsFor } from "./panels";

export function useLabs(): LabId[] {
  const setup = useSetup();
  const runRecipe = useTrainingStore((s) => s.info?.recipe ?? null);
  const viewKind = useTrainingStore((s) => s.recipeView?.kind ?? null);
  const document = useStructuralDocument();
  return useMemo(
    () =>
      labsFor({
        // The run's recipe while there is a run (its panels describe it), else the one set up.
        recipe: runRecipe ?? setup.recipe,
        viewKind,
        nodeTypes: new Set(document.nodes.map((n) => n.type)),
        imageClassifier: classifiesImages(setup),
      }),
    [runRecipe, viewKind, setup, document],
  );
}
