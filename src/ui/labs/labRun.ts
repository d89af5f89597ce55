/**
 * The results the lab panel judges the goals by: the latest finished run of
 * the graph in the editor, summarised by the same summarizeRun the CLI and
 * the grader use. A run of an earlier version of the graph does not count —
 * the goals would be judged on a model the student no longer has.
 */
import type { RunResults } from "../../graph";
import type { Lab } from "../../graph/lab/schema";
import { useFilesStore } from "../files/filesStore";
import { useStructuralDocument } from "../store/editorStore";
import { modelFingerprint } from "../training/fingerprint";
import { useRunResults } from "../training/lesson/useRunResults";
import { useTrainingStore } from "../training/trainingStore";

export type LabRun =
  | { readonly kind: "none" }
  | { readonly kind: "outdated" }
  | { readonly kind: "finished"; readonly results: RunResults; readonly epochs: number };

export function useLabRun(lab: Lab): LabRun {
  const graphId = useFilesStore((s) => s.currentId);
  const document = useStructuralDocument();
  const status = useTrainingStore((s) => s.status);
  const runGraphId = useTrainingStore((s) => s.runGraphId);
  const fingerprint = useTrainingStore((s) => s.builtFingerprint);
  // The same results the Training tab's lesson card shows (null until this graph's run reported an epoch).
  const results = useRunResults(lab.target);
  if (status !== "finished" || runGraphId !== graphId || results === null) return { kind: "none" };
  if (fingerprint !== modelFingerprint(document)) return { kind: "outdated" };
  return { kind: "finished", results, epochs: results.epochs ?? 0 };
}
