/** Each node's name as the panels show it: its label, else its kind and id ("Dense d1"). */
import { useMemo } from "react";
import { layerKind } from "../../graph";
import { useLocale } from "../i18n/locale";
import { useStructuralDocument } from "../store/editorStore";

export function useNodeNames(): ReadonlyMap<string, string> {
  const document = useStructuralDocument();
  const locale = useLocale();
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const node of document.nodes) {
      const kind = layerKind(node.type);
      names.set(node.id, node.label ?? (kind ? `${kind.label[locale]} ${node.id}` : node.id));
    }
    return names;
  }, [document, locale]);
}
