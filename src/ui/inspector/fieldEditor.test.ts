import { beforeEach, describe, expect, it } from "vitest";
import { emptyDocument, type GraphDocument, setParam } from "../../graph";
import { useEditorStore } from "../store/editorStore";
import { valueKey } from "./useDraft";
import { makeFieldEditor } from "./useParamEditor";

const start: GraphDocument = {
  ...emptyDocument(),
  nodes: [{ id: "d", type: "dense", params: { units: 128 }, position: { x: 0, y: 0 } }],
};

const units = () => useEditorStore.getState().document.nodes[0]!.params.units;

function editor() {
  return makeFieldEditor(
    { current: false },
    (d, v) => setParam(d, "d", "units", v),
    (d, v) => valueKey(d.nodes[0]!.params.units) === valueKey(v),
  );
}

describe("field editor", () => {
  beforeEach(() => useEditorStore.getState().replaceDocument(start));

  it("makes one typing session one undo step, writing every value at once", () => {
    const field = editor();
    field.begin();
    field.type(6);
    expect(units()).toBe(6);
    field.type(64);
    expect(units()).toBe(64);
    field.end();
    expect(useEditorStore.getState().past).toHaveLength(1);
    useEditorStore.getState().undo();
    expect(units()).toBe(128);
  });

  it("leaves no undo step for a session that changed nothing", () => {
    const field = editor();
    field.begin();
    field.type(128);
    field.end();
    expect(useEditorStore.getState().past).toHaveLength(0);
  });

  it("commits a choice as its own step", () => {
    const field = editor();
    field.commit(32);
    field.commit(32);
    field.commit(16);
    expect(useEditorStore.getState().past).toHaveLength(2);
  });

  it("starts a new step when typing resumes after an undo", () => {
    const field = editor();
    field.begin();
    field.type(64);
    useEditorStore.getState().undo();
    field.type(32);
    field.end();
    expect(units()).toBe(32);
    useEditorStore.getState().undo();
    expect(units()).toBe(128);
  });
});
