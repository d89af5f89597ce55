import { describe, expect, it } from "vitest";
import { readTrainingSetup } from "../../../graph/training/setup";
import { chainDocument } from "../../../testing/documents";
import { useEditorStore } from "../../store/editorStore";
import { chooseDataset, chooseTask, rawValueAt, setSetupValue } from "./setupPaths";

const doc = () => ({
  ...chainDocument([2], [["dense", { units: 2 }]]),
  training: { later: { keep: 1 } },
});

describe("writing the training setup", () => {
  it("writes nested fields and keeps everything else, unknown fields included", () => {
    let d = setSetupValue(doc(), "optimizer.learningRate", 0.1);
    d = setSetupValue(d, "dataset.options.noise", 0.2);
    d = setSetupValue(d, "epochs", 4);
    expect(d.training).toEqual({
      later: { keep: 1 },
      optimizer: { learningRate: 0.1 },
      dataset: { options: { noise: 0.2 } },
      epochs: 4,
    });
    expect(rawValueAt(d.training, "dataset.options.noise")).toBe(0.2);
    expect(rawValueAt(d.training, "optimizer.learningRate")).toBe(0.1);
    expect(readTrainingSetup(d.training).setup.optimizer.type).toBe("adam");
  });

  it("choosing a regression dataset switches task, loss and metrics in one edit", () => {
    const before = doc();
    const setup = readTrainingSetup(before.training).setup;
    const after = chooseDataset(before, setup, "regression");
    const read = readTrainingSetup(after.training).setup;
    expect(read.dataset.id).toBe("regression");
    expect(read.task).toBe("regression");
    expect(read.loss).toBe("meanSquaredError");
    expect(read.metrics).toEqual(["meanAbsoluteError"]);
  });

  it("changing the task keeps the loss when it still fits", () => {
    const d = setSetupValue(doc(), "loss", "hinge");
    const after = chooseTask(d, readTrainingSetup(d.training).setup, "classification");
    expect(after).toBe(d);
  });
});

describe("setup edits in the editor", () => {
  it("are undo steps like any edit of the graph", () => {
    const store = useEditorStore.getState();
    store.replaceDocument(doc());
    store.edit((d) => setSetupValue(d, "epochs", 7));
    expect(readTrainingSetup(useEditorStore.getState().document.training).setup.epochs).toBe(7);
    useEditorStore.getState().undo();
    expect(useEditorStore.getState().document.training).toEqual({ later: { keep: 1 } });
    useEditorStore.getState().redo();
    expect(rawValueAt(useEditorStore.getState().document.training, "epochs")).toBe(7);
  });
});
