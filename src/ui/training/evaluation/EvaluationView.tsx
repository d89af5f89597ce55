/**
 * After or during training: evaluate the model on the validation split,
 * try a digit classifier by hand, and (2-D data) see its decision boundary.
 * Works after a reload too: the actions load the graph's checkpoint first.
 */
import { useState } from "react";
import { datasetSpec } from "../../../graph/training/datasets";
import { useText } from "../../i18n/catalog";
import { useStructuralDocument } from "../../store/editorStore";
import { useSetup } from "../setup/useSetup";
import { evaluate } from "../trainingActions";
import { useTrainingStore } from "../trainingStore";
import { DecisionBoundary } from "./DecisionBoundary";
import { DrawingPad } from "./DrawingPad";
import { EvaluationResults } from "./EvaluationResults";
import { evaluationText } from "./evaluationText";

const DIGIT_SHAPES = new Set(["[28,28,1]", "[784]"]);

/** The drawing pad fits a model whose one input is a 28×28 greyscale image, whole or flattened. */
function useTakesDigits(): boolean {
  const document = useStructuralDocument();
  const inputs = document.nodes.filter((n) => n.type === "input");
  return inputs.length === 1 && DIGIT_SHAPES.has(JSON.stringify(inputs[0]!.params.shape));
}

export function EvaluationView() {
  const text = useText(evaluationText);
  const setup = useSetup();
  const evaluation = useTrainingStore((s) => s.evaluation);
  const status = useTrainingStore((s) => s.status);
  const [requested, setRequested] = useState(false);
  const takesDigits = useTakesDigits();
  const twoD = datasetSpec(setup.dataset.id)?.family === "toy2d" && setup.task === "classification";
  const run = async () => {
    setRequested(true);
    useTrainingStore.setState({ evaluation: null });
    await evaluate();
  };
  const waiting = requested && evaluation === null && status !== "failed";
  return (
    <section className="evaluation" aria-label={text.evaluation}>
      <button
        type="button"
        className="button primary"
        title={text.evaluateHint}
        onClick={() => void run()}
      >
        {text.evaluate}
      </button>
      {waiting ? <span className="muted"> {text.evaluating}</span> : null}
      {setup.task === "regression" ? <p className="muted">{text.notClassification}</p> : null}
      <div className="evaluation-layout">
        {twoD ? <DecisionBoundary setup={setup} /> : null}
        {takesDigits ? <DrawingPad /> : null}
        {evaluation ? <EvaluationResults evaluation={evaluation} /> : null}
      </div>
    </section>
  );
}
