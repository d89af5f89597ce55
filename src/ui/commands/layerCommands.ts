/** "Add <layer>" for every kind, and connecting two selected layers: building from the keyboard alone. */
import { addNodeAfter, canConnect, connect, LAYER_KINDS, layerKind, t } from "../../graph";
import { useLocaleStore } from "../i18n/locale";
import { useEditorStore } from "../store/editorStore";
import { useUiStore } from "../store/uiStore";
import type { Command } from "./types";

const store = () => useEditorStore.getState();

/** Adds a layer below the selected one (connected to it), selects it and brings it into view. */
export function addLayer(type: string): void {
  const selected = store().selection.nodes.size === 1 ? [...store().selection.nodes][0]! : null;
  let added = "";
  store().edit((d) => {
    const result = addNodeAfter(d, type, selected);
    added = result.nodeId;
    return result.document;
  });
  store().focusNode(added);
}

export function layerCommands(): Command[] {
  const adds: Command[] = LAYER_KINDS.map((kind) => ({
    id: `layer.add.${kind.type}`,
    title: t(`Add ${kind.label.en}`, `添加${kind.label.zh}`),
    keywords: `${kind.type} ${kind.category} layer 层 添加`,
    run: () => addLayer(kind.type),
  }));
  return [
    ...adds,
    {
      id: "layer.connectSelected",
      title: t("Connect the two selected layers (first → second)", "连接所选的两个层（前 → 后）"),
      keywords: "edge link wire 连线 连接",
      enabled: () => store().selection.nodes.size === 2,
      run: () => {
        const [source, target] = [...store().selection.nodes] as [string, string];
        const kind = layerKind(store().document.nodes.find((n) => n.id === target)?.type ?? "");
        // Into the first free port of a multi-input layer.
        const used = new Set(
          store()
            .document.edges.filter((e) => e.target === target)
            .map((e) => e.targetHandle),
        );
        const handle =
          kind?.ports.kind === "ordered"
            ? (Array.from({ length: kind.ports.max }, (_, i) => `in${i}`).find(
                (h) => !used.has(h),
              ) ?? null)
            : kind?.ports.kind === "named"
              ? (kind.ports.ports.map((p) => p.name).find((h) => !used.has(h)) ?? null)
              : null;
        const connection = { source, target, targetHandle: handle };
        const check = canConnect(store().document, connection);
        if (!check.ok) {
          useUiStore.getState().notify(check.reason[useLocaleStore.getState().locale], "error");
          return;
        }
        store().edit((d) => connect(d, connection));
      },
    },
  ];
}
