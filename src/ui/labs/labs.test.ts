import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GraphDocument } from "../../graph";
import { loadLab } from "../../graph/lab";
import { useFilesStore } from "../files/filesStore";
import { useEditorStore } from "../store/editorStore";
import { BUNDLED_LABS, excerpt, paragraphs } from "./bundledLabs";
import { activeLabOf, type LabSession, useLabStore } from "./labStore";
import { removeSelectionExceptLocked } from "./lockGuard";

const xor = JSON.parse(readFileSync("presets/xor-mlp.json", "utf8")) as GraphDocument;

function session(locks: { nodes: string[] } = { nodes: [] }): LabSession {
  const loaded = loadLab({
    format: "neurograph-lab",
    version: 1,
    id: "xor-lab",
    title: { en: "XOR", zh: "异或" },
    instructions: {
      en: "First paragraph, which is rather long and goes on.\n\nSecond paragraph.",
      zh: "第一段。\n\n第二段。",
    },
    graphs: [
      { id: "a", title: { en: "A", zh: "甲" }, document: xor },
      { id: "b", title: { en: "B", zh: "乙" }, document: xor },
    ],
    goals: [{ metric: "params", atMost: 200 }],
    locks,
  });
  if (!loaded.ok) throw new Error(loaded.message.en);
  return { lab: loaded.lab, graphs: loaded.graphs, source: "", opened: { a: "g-1", b: "g-2" } };
}

describe("the active lab", () => {
  it("applies only while the editor shows one of the student's copies", () => {
    const s = session();
    expect(activeLabOf(s, "g-2")?.startingGraph).toBe("b");
    expect(activeLabOf(s, "g-1")?.startingGraph).toBe("a");
    expect(activeLabOf(s, "g-3")).toBeNull();
    expect(activeLabOf(null, "g-1")).toBeNull();
    expect(activeLabOf(s, null)).toBeNull();
  });

  it("shows the first paragraph of the instructions as the excerpt, in the reader's language", () => {
    const { lab } = session();
    expect(excerpt(lab, "zh")).toBe("第一段。");
    expect(excerpt(lab, "en", 20)).toBe("First paragraph, whi…");
    expect(paragraphs(lab.instructions.en)).toHaveLength(2);
  });
});

describe("the bundled example labs", () => {
  it("bundles every labs/*.json, each loading", () => {
    const files = readdirSync("labs").filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(BUNDLED_LABS.map((l) => l.lab.id).sort()).toHaveLength(files.length);
    for (const { lab, source } of BUNDLED_LABS) {
      const again = loadLab(JSON.parse(source));
      expect(again.ok && again.lab.id).toBe(lab.id);
    }
  });
});

describe("deleting with a lab open", () => {
  const ids = () => useEditorStore.getState().document.nodes.map((n) => n.id);
  const selected = () => [...useEditorStore.getState().selection.nodes];

  function open(selection: string[]): void {
    useLabStore.setState({ session: session({ nodes: ["in"] }) });
    useFilesStore.setState({ currentId: "g-1" });
    const editor = useEditorStore.getState();
    editor.replaceDocument(xor);
    editor.select({ nodes: new Set(selection), edges: new Set() });
  }

  it("removes the rest of the selection in one undoable step; the locked layer stays, selected", () => {
    open(["in", "hidden1"]);
    removeSelectionExceptLocked();
    expect(ids()).toContain("in");
    expect(ids()).not.toContain("hidden1");
    expect(selected()).toEqual(["in"]);
    useEditorStore.getState().undo();
    expect(ids()).toContain("hidden1");
  });

  it("with only locked layers selected, changes nothing and keeps them selected", () => {
    open(["in"]);
    removeSelectionExceptLocked();
    expect(ids()).toEqual(xor.nodes.map((n) => n.id));
    expect(useEditorStore.getState().past).toHaveLength(0);
    expect(selected()).toEqual(["in"]);
  });

  it("without a lab, removes the whole selection and clears it", () => {
    open(["in", "hidden1"]);
    useLabStore.setState({ session: null });
    removeSelectionExceptLocked();
    expect(ids()).not.toContain("in");
    expect(selected()).toEqual([]);
  });
});
