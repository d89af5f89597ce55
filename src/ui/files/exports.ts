/** Download .json, Export SVG and Export PNG of the open graph. */
import { serializeDocument } from "../../graph";
import { catalogText } from "../i18n/catalog";
import { useLocaleStore } from "../i18n/locale";
import { format } from "../i18n/messages";
import { renderGraphSvg } from "../render/graphSvg";
import { svgToPng } from "../render/rasterize";
import { currentAnalysis, useEditorStore } from "../store/editorStore";
import { useUiStore } from "../store/uiStore";
import { downloadBlob } from "./download";
import { downloadName } from "./fileName";
import { filesText } from "./filesText";

function currentSvg() {
  const { document } = useEditorStore.getState();
  const locale = useLocaleStore.getState().locale;
  return { document, image: renderGraphSvg(document, currentAnalysis(), locale) };
}

export function downloadJson(): void {
  const { document } = useEditorStore.getState();
  const blob = new Blob([serializeDocument(document)], { type: "application/json" });
  downloadBlob(blob, downloadName(document.name, "json"));
}

export function exportSvg(): void {
  const { document, image } = currentSvg();
  downloadBlob(
    new Blob([image.svg], { type: "image/svg+xml" }),
    downloadName(document.name, "svg"),
  );
}

export async function exportPng(): Promise<void> {
  const { document, image } = currentSvg();
  try {
    const png = await svgToPng(image.svg, image.width, image.height, 2);
    downloadBlob(png, downloadName(document.name, "png"));
  } catch (error) {
    const text = catalogText(filesText, useLocaleStore.getState().locale);
    const detail = error instanceof Error ? error.message : String(error);
    useUiStore.getState().notify(format(text.exportFailed, { detail }), "error");
  }
}
