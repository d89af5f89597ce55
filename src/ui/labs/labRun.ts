/**
 * The results the lab panel judges the goals by: the latest finished run of
 * the graph in the editor, summarised by the same summarizeRun the CLI and
 * the grader use. A run of an earlier version of the graph does not count —
 * the goals would be judged on a model the student no longer has.
 */
import { type RunResults, summarizeRun } from "../../graph";
import type { Lab } from "../../graph/lab/schema";
import { useFilesStore } from "../files/filesStore";
import { useAnalysis, useStructuralDocument } from "../store/editorStore";
import { modelFingerprint } from "../training/fingerprint";
import { useTrainingStore } from "../training/trainingStore";

export type LabRun =
  | { readonly kind: "none" }
  | { readonly kind: "outdated" }
  | { readonly kind: "finished"; readonly results: RunResults; readonly epochs: number };

export function useLabRun(lab: Lab): LabRun {
  const graphId = useFilesStore((s) => s.currentId);
  const document = useStructuralDocument();
  const { totals } = useAnalysis();
  const status = useTrainingStore((s) => s.status);
  const runGraphId = useTrainingStore((s) => s.runGraphId);
  const fingerprint = useTrainingStore((s) => s.builtFingerprint);
  const epochs = useTrainingStore((s) => s.epochs);
  const trainCount = useTrainingStore((s) => s.info?.trainCount ?? 0);
  if (status !== "finished" || runGraphId !== graphId || epochs.length === 0)
    return { kind: "none" };
  if (fingerprint !== modelFingerprint(document)) return { kind: "outdated" };
  const results = summarizeRun({
    epochs,
    totals,
    trainCount,
    ...(lab.target === undefined ? {} : { target: lab.target }),
  });
  return { kind: "finished", results, epochs: epochs.length };
}
