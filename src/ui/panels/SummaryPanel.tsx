/** The Keras-like model summary of the current graph. */
import { useAnalysis, useStructuralDocument } from "../store/editorStore";
import { ModelSummary } from "./ModelSummary";

export function SummaryPanel() {
  const document = useStructuralDocument();
  const analysis = useAnalysis();
  return <ModelSummary name={document.name} analysis={analysis} />;
}
