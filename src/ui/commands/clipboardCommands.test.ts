import { beforeEach, describe, expect, it } from "vitest";
import { emptyDocument, type GraphDocument } from "../../graph";
import { EMPTY_SELECTION, useEditorStore } from "../store/editorStore";
import {
  boundsOf,
  clipText,
  PASTE_STEP,
  parseClip,
  pasteOffset,
  pasteText,
} from "./clipboardCommands";

const doc: GraphDocument = {
  ...emptyDocument("Clip"),
  nodes: [
    { id: "in", type: "input", params: { shape: [4] }, position: { x: 0, y: 0 } },
    { id: "d", type: "dense", params: { units: 2 }, position: { x: 0, y: 150 } },
    { id: "other", type: "dense", params: { units: 3 }, position: { x: 300, y: 150 } },
  ],
  edges: [
    { id: "e1", source: "in", target: "d" },
    { id: "e2", source: "in", target: "other" },
  ],
};

describe("clipText and parseClip", () => {
  it("round-trips the selected layers and the edges among them", () => {
    const text = clipText(doc, new Set(["in", "d"]))!;
    const clip = parseClip(text)!;
    expect(clip.nodes.map((n) => n.id)).toEqual(["in", "d"]);
    expect(clip.edges.map((e) => e.id)).toEqual(["e1"]);
  });

  it("gives nothing for an empty selection", () => {
    expect(clipText(doc, new Set())).toBeNull();
  });

  it("ignores text that is not Neurograph layers", () => {
    expect(parseClip("hello")).toBeNull();
    expect(parseClip('{"format":"other"}')).toBeNull();
    expect(parseClip("{not json")).toBeNull();
    expect(parseClip(JSON.stringify(emptyDocument()))).toBeNull();
  });
});

describe("pasteOffset", () => {
  const clip = { x: 0, y: 0, width: 200, height: 250 };
  const view = { x: -100, y: -100, width: 1000, height: 800 };

  it("lands next to the originals while they are in view, cascading on repeats", () => {
    expect(pasteOffset(clip, { originalsHere: true, visible: view, repeat: 0 })).toEqual({
      x: PASTE_STEP,
      y: PASTE_STEP,
    });
    expect(pasteOffset(clip, { originalsHere: true, visible: view, repeat: 2 })).toEqual({
      x: 3 * PASTE_STEP,
      y: 3 * PASTE_STEP,
    });
  });

  it("centres in the view when the originals are elsewhere or out of sight", () => {
    const centred = { x: 300, y: 180 }; // view centre (400, 300) minus clip centre (100, 125), on the grid
    expect(pasteOffset(clip, { originalsHere: false, visible: view, repeat: 0 })).toEqual(centred);
    const far = { x: 5000, y: 5000, width: 1000, height: 800 };
    expect(pasteOffset(clip, { originalsHere: true, visible: far, repeat: 0 })).toEqual({
      x: 5400,
      y: 5280,
    });
  });

  it("falls back to the plain step without a canvas", () => {
    expect(pasteOffset(clip, { originalsHere: false, visible: null, repeat: 0 })).toEqual({
      x: PASTE_STEP,
      y: PASTE_STEP,
    });
  });
});

describe("pasteText", () => {
  beforeEach(() => {
    useEditorStore.getState().replaceDocument(doc);
    useEditorStore.getState().select(EMPTY_SELECTION);
  });

  it("pastes under fresh ids as one undo step and selects what it pasted", () => {
    const text = clipText(doc, new Set(["in", "d"]))!;
    expect(pasteText(text)).toBe(true);
    const state = useEditorStore.getState();
    expect(state.document.nodes).toHaveLength(5);
    expect([...state.selection.nodes]).toEqual(["in_2", "d_2"]);
    expect(state.document.nodes.find((n) => n.id === "d_2")?.position).toEqual({
      x: PASTE_STEP,
      y: 150 + PASTE_STEP,
    });
    expect(state.document.edges.at(-1)).toMatchObject({ source: "in_2", target: "d_2" });
    expect(state.past).toHaveLength(1);
    state.undo();
    expect(useEditorStore.getState().document).toBe(doc);
  });

  it("refuses other text and changes nothing", () => {
    expect(pasteText("just words")).toBe(false);
    expect(useEditorStore.getState().document).toBe(doc);
  });

  it("measures a clip's bounds with default layer sizes", () => {
    expect(boundsOf(parseClip(clipText(doc, new Set(["in", "other"]))!)!)).toEqual({
      x: 0,
      y: 0,
      width: 500,
      height: 250,
    });
  });
});
